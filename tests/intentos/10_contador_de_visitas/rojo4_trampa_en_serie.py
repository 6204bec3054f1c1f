# esperado: sin_concurrencia
# Esquiva: Con get_lock(), pero cada proceso se espera antes de arrancar el siguiente.
import multiprocessing


def atender_visitas(contador, visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    for _ in range(n_procesos):
        proceso = multiprocessing.Process(target=atender_visitas, args=(contador, visitas))
        proceso.start()
        proceso.join()
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
