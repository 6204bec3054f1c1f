# esperado: carrera
# Conexión perezosa con el candado, pero sin volver a mirar dentro: dos hilos
# ven que no existe, esperan el candado uno detrás de otro y los dos la crean.
import threading

_conexion = None
_candado = threading.Lock()
creadas = 0


class Conexion:
    def __init__(self):
        global creadas
        creadas += 1


def obtener_conexion():
    global _conexion
    if _conexion is None:
        with _candado:
            _conexion = Conexion()
    return _conexion


def cliente():
    obtener_conexion()


hilos = [threading.Thread(target=cliente) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("conexiones creadas:", creadas)
