# esperado: aprobado
# requiere: procesos
# Un hijo envía resultados por una Queue; el padre los saca todos antes de join().
from multiprocessing import Process, Queue


def producir(cola, n):
    for i in range(n):
        cola.put(i * i)


if __name__ == "__main__":
    cola = Queue()
    p = Process(target=producir, args=(cola, 5))
    p.start()
    resultados = [cola.get() for _ in range(5)]
    p.join()
    print(resultados)
