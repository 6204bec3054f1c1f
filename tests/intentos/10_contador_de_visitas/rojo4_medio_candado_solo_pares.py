# esperado: carrera
# A medias: Solo los procesos de índice par toman get_lock(); los impares suman sin candado y pisan a los pares.
import multiprocessing


def atender_visitas(contador, visitas, con_candado):
    for _ in range(visitas):
        if con_candado:
            with contador.get_lock():
                contador.value += 1
        else:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = []
    for i in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas, i % 2 == 0))
        procesos.append(proceso)
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
