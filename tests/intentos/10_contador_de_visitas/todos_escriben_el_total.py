# esperado: sin_concurrencia
# Esquiva: cada proceso escribe en el Value el total ya calculado (n × visitas) en vez de sumar sus visitas.
import multiprocessing


def atender_visitas(contador, total):
    with contador.get_lock():
        contador.value = total


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=atender_visitas, args=(contador, n_procesos * visitas))
                for _ in range(n_procesos)]
    for proceso in procesos:
        proceso.start()
    for proceso in procesos:
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
