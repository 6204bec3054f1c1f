# esperado: carrera
# A medias: todas con el candado menos la primera visita de cada proceso, que se cruza con los incrementos de otro.
import multiprocessing


def atender_visitas(contador, visitas):
    contador.value += 1
    for _ in range(visitas - 1):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, visitas)) for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
