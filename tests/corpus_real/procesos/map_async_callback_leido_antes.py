# esperado: incompleto
# requiere: procesos
# map_async con callback y sin get(): el padre imprime el total nada más
# lanzar el trabajo, y solo después hace close() y join(). La lista la llena el
# callback cuando los trabajadores acaban, así que normalmente se lee vacía.
from multiprocessing import Pool

resultados = []


def cuadrado(x):
    return x * x


if __name__ == "__main__":
    pool = Pool(2)
    pool.map_async(cuadrado, range(10), callback=resultados.extend)
    print("suma de cuadrados:", sum(resultados))
    pool.close()
    pool.join()
