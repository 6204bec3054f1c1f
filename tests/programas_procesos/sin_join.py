"""Procesos sin join(): el padre lee el resultado antes de que terminen."""
import multiprocessing


def sumar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1


def main(n_procesos=2, veces=50, esperar=False):
    contador = multiprocessing.Value("i", 0)
    procesos = [multiprocessing.Process(target=sumar, args=(contador, veces)) for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    if esperar:
        for p in procesos:
            p.join()
    return contador.value


if __name__ == "__main__":
    main()
