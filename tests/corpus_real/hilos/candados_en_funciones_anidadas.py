# esperado: interbloqueo
# El orden de los candados queda escondido en funciones anidadas: mover()
# toma el candado del origen y llama a abonar(), que toma el del destino.
# Un hilo mueve de A a B y otro de B a A: si cada uno toma su primer candado
# antes de que el otro tome el segundo, se esperan para siempre.
import threading


class Almacen:
    def __init__(self, nombre, piezas):
        self.nombre = nombre
        self.piezas = piezas
        self.candado = threading.Lock()


def abonar(destino, n):
    with destino.candado:
        destino.piezas += n


def mover(origen, destino, n):
    with origen.candado:
        origen.piezas -= n
        abonar(destino, n)


a = Almacen("A", 10)
b = Almacen("B", 10)
h1 = threading.Thread(target=mover, args=(a, b, 3))
h2 = threading.Thread(target=mover, args=(b, a, 2))
h1.start()
h2.start()
h1.join()
h2.join()
print(a.piezas, b.piezas)
