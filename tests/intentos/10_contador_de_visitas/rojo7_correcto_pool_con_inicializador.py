# esperado: aprobado
# Reparación alternativa: un Pool de n_procesos que recibe el Value por el
# inicializador (no se puede pasar como argumento de una tarea) y suma con su candado.
import multiprocessing

_contador = None


def _iniciar(contador):
    global _contador
    _contador = contador


def atender_visitas(visitas):
    for _ in range(visitas):
        with _contador.get_lock():
            _contador.value += 1


def main(n_procesos=4, visitas=10000):
    contador = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(n_procesos, initializer=_iniciar, initargs=(contador,)) as pool:
        pool.map(atender_visitas, [visitas] * n_procesos, chunksize=1)
    print(f"Visitas registradas: {contador.value}")
    return contador.value


if __name__ == "__main__":
    main()
