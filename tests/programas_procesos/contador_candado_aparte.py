"""Correcto: un Lock propio, compartido por todos, protege el Value."""
import multiprocessing


def incrementar(contador, candado, veces):
    for _ in range(veces):
        with candado:
            contador.value += 1


def main(n_procesos=4, veces=1000):
    contador = multiprocessing.Value("i", 0)
    candado = multiprocessing.Lock()
    procesos = [multiprocessing.Process(target=incrementar, args=(contador, candado, veces))
                for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    return contador.value


if __name__ == "__main__":
    main()
