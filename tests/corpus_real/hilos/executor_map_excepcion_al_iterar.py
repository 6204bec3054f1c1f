# esperado: excepcion
# ThreadPoolExecutor.map no lanza la excepción de una tarea al llamarlo, sino
# al iterar sus resultados: el `for` del principal recibe el ZeroDivisionError
# de dividir(0) sin try y el programa acaba con la excepción.
from concurrent.futures import ThreadPoolExecutor


def dividir(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as ex:
    for r in ex.map(dividir, [5, 2, 0, 4]):
        print(r)
