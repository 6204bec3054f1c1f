# esperado: aprobado
# Conexión perezosa compartida, con doble comprobación sobre una variable
# global: fuera del candado se mira si ya existe; dentro, se vuelve a mirar
# antes de crearla. Solo se crea una.
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
    if not _conexion:
        with _candado:
            if not _conexion:
                _conexion = Conexion()
    return _conexion


vistas = []


def cliente():
    c = obtener_conexion()
    vistas.append(id(c))


hilos = [threading.Thread(target=cliente) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("conexiones creadas:", creadas, "- distintas vistas:", len(set(vistas)))
