# esperado: interbloqueo
# Cada transferencia toma el candado del origen y luego el del destino: dos
# transferencias en sentidos opuestos se esperan la una a la otra.
import threading


class Cuenta:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()


def transferir(origen, destino, cantidad):
    with origen.lock:
        with destino.lock:
            origen.saldo -= cantidad
            destino.saldo += cantidad


a, b = Cuenta(1, 100), Cuenta(2, 100)
t1 = threading.Thread(target=transferir, args=(a, b, 10))
t2 = threading.Thread(target=transferir, args=(b, a, 20))
t1.start()
t2.start()
t1.join()
t2.join()
print(a.saldo, b.saldo)
