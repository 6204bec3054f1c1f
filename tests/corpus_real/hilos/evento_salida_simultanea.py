# esperado: aprobado
# Carrera de salida: los corredores esperan un Event y luego cada uno escribe su
# propia posición de la lista (índices distintos); el principal lee tras join.
import threading
import time

salida = threading.Event()
tiempos = [None] * 4


def corredor(i):
    salida.wait()
    t0 = time.monotonic()
    time.sleep(0.01 * (i + 1))
    tiempos[i] = time.monotonic() - t0


hilos = [threading.Thread(target=corredor, args=(i,)) for i in range(4)]
for h in hilos:
    h.start()
salida.set()
for h in hilos:
    h.join()
print(["%.2f" % t for t in tiempos])
assert all(t is not None and t > 0 for t in tiempos)
