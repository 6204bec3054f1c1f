# esperado: carrera
# ThreadPoolExecutor.map con un método que hace `self.total += importe` sin
# candado: dos tareas en trabajadores distintos pueden leer el mismo total y
# perder una suma (el pool tiene 4 trabajadores y 8 tareas).
from concurrent.futures import ThreadPoolExecutor


class Caja:
    def __init__(self):
        self.total = 0

    def cobrar(self, importe):
        actual = self.total
        self.total = actual + importe
        return importe


caja = Caja()
with ThreadPoolExecutor(max_workers=4) as ex:
    list(ex.map(caja.cobrar, [10] * 8))
print("total:", caja.total)
assert caja.total == 80, caja.total
