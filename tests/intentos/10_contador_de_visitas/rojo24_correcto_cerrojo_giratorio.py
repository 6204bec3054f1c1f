# esperado: aprobado
# Correcto: cerrojo con acquire(False) y reintento con time.sleep(0.001) (espera activa con pausa); el incremento siempre con el cerrojo
import multiprocessing
import time


def atender_visitas(contador, cerrojo, visitas):
    for _ in range(visitas):
        while not cerrojo.acquire(False):
            time.sleep(0.001)
        try:
            contador.value += 1
        finally:
            cerrojo.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    cerrojo = multiprocessing.Lock()
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, cerrojo, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
