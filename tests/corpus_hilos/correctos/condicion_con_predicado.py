import threading

cond = threading.Condition()
items = []

def consumidor(salida):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        salida.extend(items)

def productor():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify_all()

salida = []
c = threading.Thread(target=consumidor, args=(salida,))
p = threading.Thread(target=productor)
c.start(); p.start(); c.join(); p.join()
assert salida == [0, 1, 2]
