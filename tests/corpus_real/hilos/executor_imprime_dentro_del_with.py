# esperado: incompleto
# Imprime los resultados dentro del `with`, justo tras los submit: la espera del final del bloque
# llega tarde (en CPython real sale `Resultados: []`).
import time
from concurrent.futures import ThreadPoolExecutor

resultados = []

def cuadrado(n):
    time.sleep(0.01)
    resultados.append(n * n)

with ThreadPoolExecutor(max_workers=4) as ex:
    for i in range(4):
        ex.submit(cuadrado, i)
    print("Resultados:", resultados)
