# esperado: aprobado
# El trabajador sondea con sleep hasta que el Event de parada se activa; RLock permite que registrar() llame a incrementar() reentrando; main hace join antes de leer.
import threading
import time

class Contador:
    def __init__(self):
        self._lock = threading.RLock()
        self.valor = 0
        self.historial = []

    def incrementar(self):
        with self._lock:
            self.valor += 1

    def registrar(self, etiqueta):
        with self._lock:
            self.incrementar()
            self.historial.append(etiqueta)

contador = Contador()
parar = threading.Event()
listo = threading.Event()

def vigilante():
    listo.set()
    while not parar.is_set():
        contador.registrar("tic")
        time.sleep(0.005)

h = threading.Thread(target=vigilante)
h.start()
listo.wait()
for _ in range(5):
    contador.registrar("main")
time.sleep(0.02)
parar.set()
h.join()
assert contador.valor == len(contador.historial)
assert contador.historial.count("main") == 5
print("Eventos registrados por main:", contador.historial.count("main"))
