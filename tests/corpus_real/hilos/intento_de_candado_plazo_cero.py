# esperado: carrera
# Try-lock con `acquire(timeout=0)`: si está ocupado, se cuenta el fallo en un
# contador SIN candado. Dos hilos que fallan a la vez (el tercero tiene el
# recurso) pueden pisarse `fallos += 1`. En CPython normal es raro (hace falta
# un cambio de hilo justo en mitad del +=), pero es posible.
import threading

recurso = threading.Lock()
usos = 0
fallos = 0


def intentar():
    global usos, fallos
    for _ in range(5):
        if recurso.acquire(timeout=0):
            try:
                usos += 1
            finally:
                recurso.release()
        else:
            fallos += 1


hilos = [threading.Thread(target=intentar) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("usos:", usos, "fallos:", fallos)
assert usos + fallos == 15, (usos, fallos)
