# esperado: incompleto
# requiere: procesos
# El padre vacía la cola con `while not q.empty()` justo después de start():
# el hijo aún no ha puesto nada (arrancar un proceso tarda), así que el padre
# ve la cola vacía y da los datos por leídos. Luego el join sí espera al hijo
# (los datos son pequeños) pero ya se imprimió una lista vacía o a medias.
from multiprocessing import Process, Queue


def productor(q):
    for i in range(5):
        q.put(i)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=productor, args=(q,))
    p.start()
    datos = []
    while not q.empty():
        datos.append(q.get())
    print("datos:", datos)
    p.join()
    assert datos == list(range(5)), datos
