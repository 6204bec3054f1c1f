# esperado: aprobado
# Correcto: el contador es un Value sin candado propio (lock=False) y main crea un único multiprocessing.Lock que pasa como argumento a cada proceso, que lo toma con acquire/try/finally alrededor de cada incremento.
import multiprocessing


def atender_visitas(contador, visitas, candado=None):
    for _ in range(visitas):
        candado.acquire()
        try:
            contador.value += 1
        finally:
            candado.release()


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0, lock=False)
    candado = multiprocessing.Lock()

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, candado))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
