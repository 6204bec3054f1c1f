# esperado: aprobado
# Correcto: los hijos sondean con sleep(0.01) una bandera Value que main pone tras arrancarlos a todos; el incremento va con get_lock()
import multiprocessing
import time


def atender_visitas(contador, salida, visitas):
    while not salida.value:
        time.sleep(0.01)
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    salida = multiprocessing.Value("b", 0)
    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, salida, visitas))
        procesos.append(proceso)
        proceso.start()
    salida.value = 1
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
