import threading
import time

datos = threading.local()
vistos = []
lock = threading.Lock()

def tarea(n):
    datos.valor = n
    time.sleep(0.01)
    with lock:
        vistos.append(datos.valor == n)

hs = [threading.Thread(target=tarea, args=(i,), name=f"T{i}") for i in range(3)]
for h in hs: h.start()
for h in hs: h.join()
assert all(vistos) and len(vistos) == 3

disparos = []
t = threading.Timer(2.0, lambda: disparos.append(time.monotonic()))
inicio = time.monotonic()
t.start(); t.join()
assert disparos and disparos[0] - inicio >= 2.0
t2 = threading.Timer(5.0, lambda: disparos.append("no"))
t2.start(); t2.cancel(); t2.join()
assert "no" not in disparos
