# esperado: aprobado
# ThreadPoolExecutor con initializer: cada hilo del grupo crea su propia
# «conexión» en un threading.local; las tareas solo usan la suya. Los
# resultados vuelven por los futuros.
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
siguiente_id = iter(range(1000))
id_lock = threading.Lock()


def iniciar():
    with id_lock:
        local.conexion = {"id": next(siguiente_id), "consultas": 0}


def consulta(n):
    local.conexion["consultas"] += 1
    return n * 10


with ThreadPoolExecutor(max_workers=3, initializer=iniciar) as ex:
    resultados = list(ex.map(consulta, range(9)))
assert resultados == [n * 10 for n in range(9)]
print(resultados)
