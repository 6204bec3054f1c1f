# esperado: aprobado
# requiere: procesos
# pide explícitamente "fork" (Linux): el hijo hereda la configuración que el principal puso en la global antes de crearlo
import multiprocessing as mp

CONFIG = {}


def trabajador(i, cola):
    cola.put((i, CONFIG["factor"] * i))


if __name__ == "__main__":
    CONFIG["factor"] = 10          # con fork el hijo ve esta copia; con spawn no
    ctx = mp.get_context("fork")
    cola = ctx.Queue()
    procs = [ctx.Process(target=trabajador, args=(i, cola)) for i in range(4)]
    for p in procs:
        p.start()
    res = sorted(cola.get() for _ in procs)
    for p in procs:
        p.join()
    print("resultados:", res)
    assert res == [(0, 0), (1, 10), (2, 20), (3, 30)]
