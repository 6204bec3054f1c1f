# esperado: incompleto
# A medias: una subclase de Thread daemon guarda cada dato con un método auxiliar (self.guardar); main lee self.datos sin esperarla
import threading


class Recolector(threading.Thread):
    def __init__(self, fuentes):
        super().__init__(daemon=True)
        self.fuentes = fuentes
        self.datos = []

    def guardar(self, valor):
        self.datos.append(valor)

    def run(self):
        for fuente in self.fuentes:
            self.guardar(fuente.upper())


r = Recolector(["a", "b", "c"])
r.start()
print("recogidos:", r.datos)
