# esperado: aprobado
# Un inventario con un RLock: `total()` se llama a sí misma por cada subcarpeta
# con el candado ya tomado; con RLock eso es legal.
import threading


class Inventario:
    def __init__(self):
        self.candado = threading.RLock()
        self.arbol = {"a": 1, "b": {"c": 2, "d": {"e": 3}}}

    def total(self, nodo=None):
        with self.candado:
            nodo = self.arbol if nodo is None else nodo
            suma = 0
            for v in nodo.values():
                suma += self.total(v) if isinstance(v, dict) else v
            return suma

    def agregar(self, clave, valor):
        with self.candado:
            self.arbol[clave] = valor


inv = Inventario()
res = []
hilos = [threading.Thread(target=lambda: res.append(inv.total())) for _ in range(3)]
hilos.append(threading.Thread(target=inv.agregar, args=("f", 4)))
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(res, inv.total())
assert all(r in (6, 10) for r in res) and inv.total() == 10
