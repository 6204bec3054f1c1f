# esperado: excepcion
# `cond.wait()` sin haber tomado la condición (falta el `with cond:`): lanza
# RuntimeError («cannot wait on un-acquired lock») en el hilo consumidor, en
# todas las ejecuciones.
import threading

cond = threading.Condition()
datos = []


def consumidor():
    while not datos:
        cond.wait()
    print("dato:", datos.pop())


def productor():
    with cond:
        datos.append(1)
        cond.notify()


c = threading.Thread(target=consumidor)
p = threading.Thread(target=productor)
c.start()
p.start()
c.join()
p.join()
