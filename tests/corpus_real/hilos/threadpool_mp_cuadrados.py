# esperado: aprobado
# ThreadPool de multiprocessing.pool (hilos, no procesos): map devuelve los resultados en orden.
from multiprocessing.pool import ThreadPool


def cuadrado(x):
    return x * x


with ThreadPool(4) as pool:
    resultados = pool.map(cuadrado, range(10))
assert resultados == [x * x for x in range(10)], resultados
print(resultados)
