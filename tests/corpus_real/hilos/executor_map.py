# esperado: aprobado
# executor.map conserva el orden de la entrada; cada tarea devuelve su resultado.
from concurrent.futures import ThreadPoolExecutor


def cuadrado(n):
    return n * n


with ThreadPoolExecutor(max_workers=4) as ex:
    resultados = list(ex.map(cuadrado, range(20)))
print(resultados)
assert resultados == [n * n for n in range(20)]
