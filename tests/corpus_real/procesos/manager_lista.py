# esperado: aprobado
# requiere: procesos
# Una lista de un Manager: los cambios de los hijos se ven en el padre tras join().
from multiprocessing import Manager, Process


def anotar(lista, i):
    lista.append(i * 10)


if __name__ == "__main__":
    with Manager() as manager:
        lista = manager.list()
        procesos = [Process(target=anotar, args=(lista, i)) for i in range(4)]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        print(sorted(lista))
        assert sorted(lista) == [0, 10, 20, 30]
