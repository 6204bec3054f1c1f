# esperado: carrera
# A medias: Se lee contador.value fuera del candado y solo la escritura va dentro. Planificación: A y B leen 7, A escribe 8, B escribe 8.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        siguiente = contador.value + 1
        with contador.get_lock():
            contador.value = siguiente


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
