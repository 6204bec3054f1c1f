# esperado: incompleto
# A medias: la subclase de Thread deja su resultado en self.resultado; main lo imprime antes del join
import threading

class Sumador(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.resultado = None

    def run(self):
        s = 0
        for i in range(self.n):
            s += i
        self.resultado = s

w = Sumador(100)
w.start()
print(w.resultado)
w.join()
