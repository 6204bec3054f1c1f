# esperado: aprobado
# Correcto con Pool: el Value y su candado llegan a los trabajadores por el inicializador.
import multiprocessing

contador = None


def iniciar(valor):
    global contador
    contador = valor


def atender_visitas(visitas):
    for _ in range(visitas):
        with contador.get_lock():
            contador.value += 1
    return visitas


def main(n_procesos=4, visitas=10000):
    valor = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(n_procesos, initializer=iniciar, initargs=(valor,)) as pool:
        pool.map(atender_visitas, [visitas] * n_procesos, chunksize=1)
    print(f"Visitas registradas: {valor.value}")
    return valor.value


if __name__ == "__main__":
    main()
