# esperado: carrera
# Cuatro tareas de un ThreadPoolExecutor actualizan un diccionario global de
# estadísticas con `stats["ok"] += 1` sin candado: leer, sumar y guardar no es
# atómico, y si un trabajador se interrumpe entre la lectura y la escritura
# mientras otro suma, se pierde una cuenta (dos trabajadores a la vez bastan).
from concurrent.futures import ThreadPoolExecutor

stats = {"ok": 0, "bytes": 0}


def descargar(n):
    tam = n * 100
    stats["ok"] += 1
    stats["bytes"] += tam
    return tam


with ThreadPoolExecutor(max_workers=4) as ex:
    futuros = [ex.submit(descargar, n) for n in range(8)]
    total = sum(f.result() for f in futuros)
assert stats["ok"] == 8, stats
print(stats, total)
