# esperado: aprobado
# Una subclase de Thread que hace una tarea periódica (estilo «RepeatTimer»)
# hasta que se llama a detener(); el intervalo se espera con Event.wait, y main
# solo lee `ticks` después de join().
import threading


class Periodico(threading.Thread):
    def __init__(self, intervalo):
        super().__init__()
        self.intervalo = intervalo
        self._parar = threading.Event()
        self.ticks = 0

    def run(self):
        while not self._parar.wait(self.intervalo):
            self.ticks += 1

    def detener(self):
        self._parar.set()


p = Periodico(0.01)
p.start()
threading.Event().wait(0.05)
p.detener()
p.join()
print("ticks:", p.ticks)
