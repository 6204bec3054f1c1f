# esperado: interbloqueo
# El mismo inventario con Lock en vez de RLock: total() vuelve a pedir el
# candado que ya tiene en cuanto encuentra una subcarpeta y se queda esperando
# a sí mismo. Pasa en todas las ejecuciones.
import threading


class Inventario:
    def __init__(self):
        self.candado = threading.Lock()
        self.arbol = {"a": 1, "b": {"c": 2}}

    def total(self, nodo=None):
        with self.candado:
            nodo = self.arbol if nodo is None else nodo
            suma = 0
            for v in nodo.values():
                suma += self.total(v) if isinstance(v, dict) else v
            return suma


inv = Inventario()
h = threading.Thread(target=lambda: print(inv.total()))
h.start()
h.join()
