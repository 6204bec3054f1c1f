# esperado: excepcion
# requiere: procesos
# ProcessPoolExecutor.submit de una tarea que falla; future.result() relanza el
# ZeroDivisionError en el padre. Pasa siempre.
from concurrent.futures import ProcessPoolExecutor


def inverso(x):
    return 1 / x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futuros = [ex.submit(inverso, x) for x in (1, 2, 0, 4)]
        print([f.result() for f in futuros])
