# esperado: excepcion
# Error típico: el productor añade el dato con la condición tomada y luego, ya
# fuera del `with`, llama a notify(). Condition.notify() exige tener el lock:
# CPython lanza RuntimeError("cannot notify on un-acquired lock") en cualquier
# ejecución, y el consumidor se queda esperando.
import threading

cond = threading.Condition()
datos = []


def consumidor():
    with cond:
        while not datos:
            cond.wait(timeout=0.5)
    print("recibido", datos[0])


def productor():
    with cond:
        datos.append(42)
    cond.notify()


c = threading.Thread(target=consumidor)
p = threading.Thread(target=productor)
c.start()
p.start()
p.join()
c.join()
