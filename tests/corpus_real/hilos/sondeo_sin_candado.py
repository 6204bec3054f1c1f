# esperado: excepcion
# Dos consumidores sondean una lista: comprueban que no está vacía y luego
# hacen pop(); entre medias el otro se lleva el último elemento.
import threading
import time

pendientes = [1]
terminar = False


def consumidor():
    while not terminar:
        if pendientes:
            pendientes.pop()
        else:
            time.sleep(0.001)


hs = [threading.Thread(target=consumidor) for _ in range(2)]
for h in hs:
    h.start()
time.sleep(0.01)
terminar = True
for h in hs:
    h.join()
