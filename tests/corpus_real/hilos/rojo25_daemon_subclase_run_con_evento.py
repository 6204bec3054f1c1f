# esperado: aprobado
# Correcto: la misma subclase, que avisa con un Event cuando acaba; main espera el aviso
import threading


class Lector(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.datos = {}
        self.listo = threading.Event()

    def run(self):
        for i in range(3):
            self.datos[i] = i * 2
        self.listo.set()


lector = Lector()
lector.start()
lector.listo.wait()
print("datos:", lector.datos)
