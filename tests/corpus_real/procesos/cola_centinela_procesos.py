# esperado: aprobado
# requiere: procesos
# Process + Queue con un centinela: el productor pone None al final; el padre
# lee hasta el centinela y solo entonces hace join().
from multiprocessing import Process, Queue


def productor(q):
    for i in range(10):
        q.put({"lectura": i, "valor": i * 1.5})
    q.put(None)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=productor, args=(q,))
    p.start()
    datos = []
    while (x := q.get()) is not None:
        datos.append(x["lectura"])
    p.join()
    print(datos)
    assert datos == list(range(10))
