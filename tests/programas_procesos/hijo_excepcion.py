"""Un proceso hijo lanza una excepción: su trabajo se pierde en silencio."""
import multiprocessing


def trabajar(cola, n):
    if n == 2:
        raise ValueError(f"lote {n} defectuoso")
    cola.put(n)


def main(n_procesos=3):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=trabajar, args=(cola, i)) for i in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    return n_procesos


if __name__ == "__main__":
    main()
