# esperado: aprobado
# Un hilo de fondo trabaja hasta que el principal pone un Event de parada.
import threading
import time

parar = threading.Event()
vueltas = []


def latido():
    while not parar.wait(0.01):
        vueltas.append(time.monotonic())
    print("latido detenido")


h = threading.Thread(target=latido)
h.start()
time.sleep(0.1)
parar.set()
h.join()
print("vueltas:", len(vueltas))
