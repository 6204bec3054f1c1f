# esperado: carrera
# Esquiva: "si todos los procesos corren en el mismo núcleo no pueden pisarse": fija cada proceso a la CPU 0 con os.sched_setaffinity y deja contador.value += 1 sin candado. En un solo núcleo el sistema puede expulsar a un proceso entre la lectura y la escritura y se pierden visitas igual.
import multiprocessing
import os


def atender_visitas(contador, visitas):
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    for _ in range(visitas):
        contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)

    procesos = []
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
