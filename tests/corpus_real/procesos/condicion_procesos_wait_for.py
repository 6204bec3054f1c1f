# esperado: aprobado
# requiere: procesos
# multiprocessing.Condition entre procesos: cada hijo espera con
# `cond.wait_for(lambda: listo.value)` y el padre pone la bandera dentro de la
# condición y hace notify_all(). Con el predicado no importa quién llegue antes.
from multiprocessing import Condition, Process, Queue, Value


def esperar(cond, listo, salida, n):
    with cond:
        cond.wait_for(lambda: listo.value == 1)
    salida.put(n)


if __name__ == "__main__":
    cond = Condition()
    listo = Value("i", 0, lock=False)
    salida = Queue()
    ps = [Process(target=esperar, args=(cond, listo, salida, n)) for n in range(3)]
    for p in ps:
        p.start()
    with cond:
        listo.value = 1
        cond.notify_all()
    vistos = sorted(salida.get() for _ in range(3))
    for p in ps:
        p.join()
    print(vistos)
    assert vistos == [0, 1, 2]
