import threading

class Cuenta:
    def __init__(self):
        self.saldo = 100
        self.lock = threading.RLock()

    def retirar(self, x):
        with self.lock:
            self.saldo -= x

    def pagar_con_comision(self, x):
        with self.lock:
            self.retirar(x)
            self.retirar(1)

c = Cuenta()
hs = [threading.Thread(target=c.pagar_con_comision, args=(10,)) for _ in range(2)]
for h in hs: h.start()
for h in hs: h.join()
assert c.saldo == 78
