# esperado: excepcion
# requiere: procesos
# Un hijo falla con ZeroDivisionError; el padre solo ve el código de salida.
from multiprocessing import Process


def dividir(a, b):
    print(a / b)


if __name__ == "__main__":
    ps = [Process(target=dividir, args=(1, d)) for d in (2, 0)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert all(p.exitcode == 0 for p in ps), [p.exitcode for p in ps]
