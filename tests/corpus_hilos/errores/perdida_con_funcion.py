# Lost update through a read-modify-write split over two statements.
import threading

class Contador:
    def __init__(self):
        self.valor = 0

    def incrementar(self):
        actual = self.valor
        self.valor = actual + 1

c = Contador()
hilos = [threading.Thread(target=lambda: [c.incrementar() for _ in range(20)]) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert c.valor == 60, c.valor
