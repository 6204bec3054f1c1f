import threading

class Sumador(threading.Thread):
    def __init__(self, numeros):
        super().__init__(name=f"Sumador-{len(numeros)}")
        self.numeros = numeros
        self.resultado = None

    def run(self):
        total = 0
        for n in self.numeros:
            total += n
        self.resultado = total

hs = [Sumador(list(range(k))) for k in (3, 5, 7)]
for h in hs: h.start()
for h in hs: h.join()
assert [h.resultado for h in hs] == [3, 10, 21]
assert threading.current_thread().name == "MainThread"
