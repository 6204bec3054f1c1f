# esperado: aprobado
# El trabajo escribe sin candado y el principal lee el resultado con
# result() antes de tocar el dato con candado: set_result sucede antes que el
# result() que lo devuelve, aunque el futuro ya estuviera terminado.
import threading
from concurrent.futures import ThreadPoolExecutor

candado = threading.Lock()
datos = {"x": 0}


def trabajo():
    datos["x"] = 41
    return "hecho"


with ThreadPoolExecutor(max_workers=2) as ejecutor:
    futuro = ejecutor.submit(trabajo)
    futuro.result()
    with candado:
        datos["x"] += 1
assert datos["x"] == 42, datos
