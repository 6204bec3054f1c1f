# esperado: carrera
# A medias: Lee bajo get_lock() pero escribe fuera: dos procesos leen el mismo valor y uno pisa al otro.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            actual = contador.value
        contador.value = actual + 1


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

