# esperado: aprobado
# requiere: procesos
# Un hijo espera a otro: el «productor» mete números en una cola y el
# «sumador» los saca hasta el centinela y deja la suma en un Value. El padre
# solo hace join() del sumador (que no puede acabar sin el productor) y lee
# el total; el join() del productor va después. Correcto: esperar al sumador
# es esperar también, a través de la cola, al productor.
from multiprocessing import Process, Queue, Value


def producir(cola, n):
    for i in range(1, n + 1):
        cola.put(i)
    cola.put(None)


def sumar(cola, total):
    suma = 0
    while (x := cola.get()) is not None:
        suma += x
    total.value = suma


if __name__ == "__main__":
    cola = Queue()
    total = Value("i", 0)
    sumador = Process(target=sumar, args=(cola, total))
    productor = Process(target=producir, args=(cola, 20))
    sumador.start()
    productor.start()
    sumador.join()
    assert total.value == 210, total.value
    print("total:", total.value)
    productor.join()
