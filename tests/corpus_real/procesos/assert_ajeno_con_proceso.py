# esperado: excepcion
# requiere: procesos
# Un programa que lanza un proceso y después falla por algo que no tiene nada
# que ver con la concurrencia: el fallo es una excepción, no un resultado perdido.
from multiprocessing import Process, Queue


def saludar(cola):
    cola.put("hola")


if __name__ == "__main__":
    cola = Queue()
    p = Process(target=saludar, args=(cola,))
    p.start()
    print(cola.get())
    p.join()
    precio = 10
    assert precio * 2 == 21, "cálculo del precio"
