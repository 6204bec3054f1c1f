# esperado: carrera
# Dos campos que deben cambiar juntos se actualizan por separado; el lector
# puede ver uno nuevo y otro viejo.
import threading


class Posicion:
    def __init__(self):
        self.x = 0
        self.y = 0


pos = Posicion()
vistas = []


def mover():
    for i in range(1, 4):
        pos.x = i
        pos.y = i


def observar():
    for _ in range(4):
        vistas.append((pos.x, pos.y))


hs = [threading.Thread(target=mover), threading.Thread(target=observar)]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert all(x == y for x, y in vistas), vistas
