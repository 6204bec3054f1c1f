# esperado: carrera
# A medias: La mitad de los procesos suma con contador.get_lock() y la otra mitad con otro Lock compartido: cada suma tiene candado, pero no el mismo.
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    otro = multiprocessing.Lock()
    procesos = []
    for i in range(n_procesos):
        candado = contador.get_lock() if i % 2 == 0 else otro
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, candado, visitas))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
