# esperado: aprobado
# requiere: procesos
# Pool como gestor de contexto con map: el resultado llega en orden y completo antes de salir del with
import os
from multiprocessing import Pool


def cuadrado(x):
    # cada trabajador informa de su pid junto con el resultado
    return x * x, os.getpid()


if __name__ == "__main__":
    numeros = list(range(10))
    with Pool(processes=3) as pool:
        pares = pool.map(cuadrado, numeros)
    resultados = [r for r, _ in pares]
    pids = {pid for _, pid in pares}
    print("cuadrados:", resultados)
    print("los hizo un proceso distinto del principal:", os.getpid() not in pids)
    assert resultados == [x * x for x in numeros]
