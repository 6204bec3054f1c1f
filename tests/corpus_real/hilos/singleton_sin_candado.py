# esperado: carrera
# Inicialización perezosa sin candado: dos hilos pueden crear dos «únicas» conexiones.
import threading

_conexion = None
creadas = []


class Conexion:
    def __init__(self):
        creadas.append(self)


def obtener():
    global _conexion
    if _conexion is None:
        _conexion = Conexion()
    return _conexion


hs = [threading.Thread(target=obtener) for _ in range(2)]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert len(creadas) == 1, f"se crearon {len(creadas)} conexiones"
