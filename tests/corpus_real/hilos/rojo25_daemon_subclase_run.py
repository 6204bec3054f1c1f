# esperado: incompleto
# A medias: una subclase de Thread daemon cuyo run llena self.datos; main los lee sin join
import threading


class Lector(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.datos = {}

    def run(self):
        for i in range(3):
            self.datos[i] = i * 2


lector = Lector()
lector.start()
print("datos:", lector.datos)
