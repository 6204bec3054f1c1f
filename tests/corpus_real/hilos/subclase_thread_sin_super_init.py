# esperado: excepcion
# Subclase de Thread que redefine __init__ y olvida `super().__init__()`:
# start() lanza RuntimeError («thread.__init__() not called») en todas las
# ejecuciones. Un error de principiante muy común al copiar el patrón de clase.
import threading


class Descargador(threading.Thread):
    def __init__(self, url):
        self.url = url
        self.bytes = 0

    def run(self):
        self.bytes = len(self.url) * 100


hilos = [Descargador(f"http://ejemplo.org/{i}") for i in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(sum(h.bytes for h in hilos))
