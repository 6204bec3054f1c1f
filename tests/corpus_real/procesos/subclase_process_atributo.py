# esperado: excepcion
# requiere: procesos
# (El trabajo de los hijos se pierde en todas las ejecuciones, no solo en algunas: el
# assert del propio programa falla siempre y el veredicto es esa excepción, con su línea.)
# Subclase de Process que guarda su resultado en `self.resultado` dentro de
# run(). run() corre en el hijo, sobre su copia del objeto: el padre, tras
# join(), sigue viendo el valor de __init__ (None). El total sale sin el trabajo
# de los hijos en todas las ejecuciones.
from multiprocessing import Process


class Sumador(Process):
    def __init__(self, desde, hasta):
        super().__init__()
        self.desde, self.hasta = desde, hasta
        self.resultado = None

    def run(self):
        self.resultado = sum(range(self.desde, self.hasta))


if __name__ == "__main__":
    ps = [Sumador(0, 50), Sumador(50, 100)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    parciales = [p.resultado for p in ps]
    print(parciales)
    assert parciales == [1225, 3725], parciales
