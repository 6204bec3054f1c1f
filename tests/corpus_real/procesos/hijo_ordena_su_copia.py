# esperado: aprobado
# requiere: procesos
# Cada hijo ordena su trozo (su copia) y devuelve la suma por una cola: cambiar
# la copia no es un error, los resultados llegan por la cola.
from multiprocessing import Process, Queue


def sumar_trozo(trozo, cola):
    trozo.sort()
    cola.put(sum(trozo))


if __name__ == "__main__":
    datos = [5, 3, 9, 1, 7, 2]
    trozos = [datos[:3], datos[3:]]
    cola = Queue()
    ps = [Process(target=sumar_trozo, args=(t, cola)) for t in trozos]
    for p in ps:
        p.start()
    total = sum(cola.get() for _ in ps)
    for p in ps:
        p.join()
    print("total:", total, "trozos del padre:", trozos)
    assert total == sum(datos)
