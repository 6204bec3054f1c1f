# esperado: aprobado
# Doble comprobación con candado: la asignación de la referencia es atómica y se hace tras construir el objeto.
import threading

_conexion = None
_candado = threading.Lock()
creadas = 0


class Conexion:
    def __init__(self, url):
        global creadas
        creadas += 1
        self.url = url
        self.abierta = True


def obtener_conexion():
    global _conexion
    if _conexion is None:
        with _candado:
            if _conexion is None:
                _conexion = Conexion("sqlite:///datos.db")
    return _conexion


def tarea(resultados, i):
    c = obtener_conexion()
    resultados[i] = c.url if c.abierta else None


resultados = [None] * 5
hilos = [threading.Thread(target=tarea, args=(resultados, i)) for i in range(5)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert creadas == 1, creadas
assert resultados == ["sqlite:///datos.db"] * 5
print("Conexiones creadas:", creadas)
