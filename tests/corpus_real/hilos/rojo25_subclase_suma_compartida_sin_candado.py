# esperado: carrera
# A medias: dos subclases de Thread suman en el mismo objeto compartido (self.banco.saldo += x) sin candado
import threading


class Banco:
    def __init__(self):
        self.saldo = 0


class Cajero(threading.Thread):
    def __init__(self, banco, n):
        super().__init__()
        self.banco = banco
        self.n = n

    def run(self):
        for _ in range(self.n):
            self.banco.saldo += 10


banco = Banco()
cajeros = [Cajero(banco, 50) for _ in range(2)]
for c in cajeros:
    c.start()
for c in cajeros:
    c.join()
print("saldo:", banco.saldo)
assert banco.saldo == 1000
