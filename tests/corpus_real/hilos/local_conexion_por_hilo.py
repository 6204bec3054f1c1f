# esperado: aprobado
# threading.local: cada hilo abre su «conexión» la primera vez y la reutiliza;
# ningún hilo ve la de otro. El registro compartido va con Lock.
import threading

datos = threading.local()
candado = threading.Lock()
aperturas = {}


def conexion():
    if not hasattr(datos, "conn"):
        datos.conn = f"conn-{threading.current_thread().name}"
        with candado:
            aperturas[threading.current_thread().name] = aperturas.get(threading.current_thread().name, 0) + 1
    return datos.conn


def trabajador():
    for _ in range(3):
        c = conexion()
        assert c == f"conn-{threading.current_thread().name}"


hilos = [threading.Thread(target=trabajador, name=f"T{i}") for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(aperturas)
assert aperturas == {f"T{i}": 1 for i in range(4)}
