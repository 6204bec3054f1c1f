# esperado: carrera
# requiere: procesos
# Pool.imap_unordered entrega cada resultado cuando su tarea acaba; el programa
# da por hecho que llegan en el orden de la entrada (con tareas cortas y la
# máquina tranquila suele pasar, pero no está garantizado).
from multiprocessing import Pool


def cuadrado(n):
    return n * n


if __name__ == "__main__":
    numeros = list(range(1, 9))
    with Pool(2) as pool:
        cuadrados = list(pool.imap_unordered(cuadrado, numeros))
    print(cuadrados)
    assert cuadrados == [n * n for n in numeros], cuadrados
