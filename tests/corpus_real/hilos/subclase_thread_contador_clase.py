# esperado: carrera
# Subclase de Thread que cuenta sus piezas en un atributo de CLASE:
# `Operario.piezas += 1` es leer-sumar-escribir sobre un dato compartido por
# todos los hilos, sin candado. Dos operarios pueden leer el mismo valor.
import threading


class Operario(threading.Thread):
    piezas = 0

    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        for _ in range(self.n):
            Operario.piezas += 1


ops = [Operario(20) for _ in range(3)]
for o in ops:
    o.start()
for o in ops:
    o.join()
print("piezas:", Operario.piezas)
assert Operario.piezas == 60, Operario.piezas
