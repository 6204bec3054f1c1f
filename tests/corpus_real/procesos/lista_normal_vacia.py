# esperado: incompleto
# requiere: procesos
# Una lista normal pasada a los procesos: cada hijo tiene su copia y el padre
# la ve vacía.
from multiprocessing import Process

resultados = []


def trabajar(lista, i):
    lista.append(i)


if __name__ == "__main__":
    ps = [Process(target=trabajar, args=(resultados, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert resultados == [0, 1, 2], resultados
