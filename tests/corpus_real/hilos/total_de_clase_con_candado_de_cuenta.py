# esperado: carrera
# Cada cuenta tiene su candado, pero el total del banco (atributo de clase) se
# actualiza con el candado de la cuenta: dos cuentas distintas lo pisan.
import threading


class Cuenta:
    total_banco = 0

    def __init__(self):
        self.lock = threading.Lock()
        self.saldo = 0

    def ingresar(self, x):
        with self.lock:
            self.saldo += x
            Cuenta.total_banco += x


cuentas = [Cuenta() for _ in range(4)]


def cliente(c, n):
    for _ in range(n):
        c.ingresar(1)


hilos = [threading.Thread(target=cliente, args=(c, 5000)) for c in cuentas]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(Cuenta.total_banco)
assert Cuenta.total_banco == 20_000, Cuenta.total_banco
