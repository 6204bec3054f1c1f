# esperado: excepcion
# requiere: procesos
# Error típico de preguntas y respuestas: pasar un multiprocessing.Lock como
# argumento de Pool.map (vía partial). El Lock solo puede compartirse por
# herencia, así que al serializar la tarea se lanza RuntimeError («Lock
# objects should only be shared between processes through inheritance») y
# pool.map lo relanza en el padre. Pasa siempre, no depende del orden.
from functools import partial
from multiprocessing import Lock, Pool


def escribir(candado, linea):
    with candado:
        print(linea)
    return len(linea)


if __name__ == "__main__":
    candado = Lock()
    with Pool(2) as pool:
        longitudes = pool.map(partial(escribir, candado), ["uno", "dos", "tres"])
    print(sum(longitudes))
