"""RawValue (sin candado propio): con un Lock compartido es correcto; sin él, no."""
import multiprocessing


def incrementar(contador, candado, veces):
    for _ in range(veces):
        if candado is None:
            contador.value += 1
        else:
            with candado:
                contador.value += 1


def main(n_procesos=3, veces=30, con_candado=False):
    contador = multiprocessing.RawValue("i", 0)
    candado = multiprocessing.Lock() if con_candado else None
    procesos = [multiprocessing.Process(target=incrementar, args=(contador, candado, veces))
                for _ in range(n_procesos)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    return contador.value


if __name__ == "__main__":
    main()
