# esperado: aprobado
# Los mismos resultados, impresos al salir del `with` (shutdown espera a las tareas).
import time
from concurrent.futures import ThreadPoolExecutor

resultados = []

def cuadrado(n):
    time.sleep(0.01)
    resultados.append(n * n)

with ThreadPoolExecutor(max_workers=4) as ex:
    for i in range(4):
        ex.submit(cuadrado, i)
print("Resultados:", sorted(resultados))
assert sorted(resultados) == [0, 1, 4, 9]
