import threading

class Cuenta:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

def transferir(origen, destino, cantidad):
    primero, segundo = sorted((origen, destino), key=lambda c: c.numero)
    with primero.lock:
        with segundo.lock:
            origen.saldo -= cantidad
            destino.saldo += cantidad

a, b = Cuenta(1, 500), Cuenta(2, 300)
hs = [threading.Thread(target=transferir, args=(a, b, 200)), threading.Thread(target=transferir, args=(b, a, 100))]
for h in hs: h.start()
for h in hs: h.join()
assert a.saldo + b.saldo == 800
assert (a.saldo, b.saldo) == (400, 400)
