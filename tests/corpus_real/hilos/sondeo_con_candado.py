# esperado: aprobado
# Consumidor que sondea (busy-polling con sleep) una lista protegida por un Lock.
import threading
import time

pendientes = []
candado = threading.Lock()
procesados = []


def consumidor(n):
    while len(procesados) < n:
        with candado:
            item = pendientes.pop(0) if pendientes else None
        if item is None:
            time.sleep(0.001)
            continue
        procesados.append(item)


c = threading.Thread(target=consumidor, args=(5,))
c.start()
for i in range(5):
    with candado:
        pendientes.append(i)
    time.sleep(0.002)
c.join()
print(procesados)
assert procesados == list(range(5))
