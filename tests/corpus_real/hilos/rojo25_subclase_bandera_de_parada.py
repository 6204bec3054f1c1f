# esperado: aprobado
# Correcto: una subclase de Thread que para cuando main baja su atributo self.activo
import threading, time

class Latido(threading.Thread):
    def __init__(self):
        super().__init__()
        self.activo = True
        self.latidos = 0

    def run(self):
        while self.activo:
            self.latidos += 1
            time.sleep(0.01)

l = Latido()
l.start()
time.sleep(0.05)
l.activo = False
l.join()
print("latidos:", l.latidos)
