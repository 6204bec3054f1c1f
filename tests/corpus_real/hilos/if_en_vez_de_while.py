# esperado: excepcion
# `if` en lugar de `while` alrededor de wait(): con dos consumidores, el que
# despierta tarde encuentra la lista vacía y pop() lanza IndexError.
import threading

items = []
cv = threading.Condition()


def consumidor():
    with cv:
        if not items:
            cv.wait()
        print("saco", items.pop())


def productor():
    for i in range(2):
        with cv:
            items.append(i)
            cv.notify_all()


hs = [threading.Thread(target=consumidor), threading.Thread(target=consumidor),
      threading.Thread(target=productor)]
for h in hs:
    h.start()
for h in hs:
    h.join()
