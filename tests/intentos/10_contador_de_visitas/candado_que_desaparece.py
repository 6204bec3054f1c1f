# esperado: excepcion
# A medias: un Lock nuevo por proceso creado en los argumentos; se destruye antes de que el hijo lo abra (spawn).
import multiprocessing


def atender_visitas(contador, candado, visitas):
    for _ in range(visitas):
        with candado:
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [
        multiprocessing.Process(target=atender_visitas, args=(contador, multiprocessing.Lock(), visitas))
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
