# A Lock taken twice by the same thread (an RLock was needed).
import threading

class Cuenta:
    def __init__(self):
        self.saldo = 100
        self.lock = threading.Lock()

    def retirar(self, x):
        with self.lock:
            self.saldo -= x

    def pagar_con_comision(self, x):
        with self.lock:
            self.retirar(x)
            self.retirar(1)

c = Cuenta()
t = threading.Thread(target=c.pagar_con_comision, args=(10,))
t.start()
t.join()
