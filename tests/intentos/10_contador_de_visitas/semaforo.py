# esperado: aprobado
# Correcto: un Semaphore(1) compartido hace de candado.
import multiprocessing


def atender_visitas(contador, semaforo, visitas):
    for _ in range(visitas):
        with semaforo:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    semaforo = multiprocessing.Semaphore(1)
    procesos = [
        multiprocessing.Process(target=atender_visitas, args=(contador, semaforo, visitas))
        for _ in range(n_procesos)
    ]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
