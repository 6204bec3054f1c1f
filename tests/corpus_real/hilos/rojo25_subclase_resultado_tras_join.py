# esperado: aprobado
# Correcto: cada subclase guarda su resultado y main lo lee tras el join
import threading

class Cuadrado(threading.Thread):
    def __init__(self, x):
        super().__init__(name=f"cuadrado-{x}")
        self.x = x
        self.resultado = None

    def run(self):
        self.resultado = self.x * self.x

hilos = [Cuadrado(i) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print([h.resultado for h in hilos], [h.name for h in hilos])
