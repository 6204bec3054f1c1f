# esperado: aprobado
# Cada cuenta protege su saldo con su candado, y el total del banco (atributo de
# clase, compartido por todas) con un candado también de clase.
import threading


class Cuenta:
    total_banco = 0
    candado_banco = threading.Lock()
    COMISION = 0  # configuración: solo se lee

    def __init__(self):
        self.lock = threading.Lock()
        self.saldo = 0

    def ingresar(self, x):
        with self.lock:
            self.saldo += x - Cuenta.COMISION
        with Cuenta.candado_banco:
            type(self).total_banco += x


cuentas = [Cuenta() for _ in range(4)]


def cliente(c, n):
    for _ in range(n):
        c.ingresar(1)


hilos = [threading.Thread(target=cliente, args=(c, 2000)) for c in cuentas]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(Cuenta.total_banco)
assert Cuenta.total_banco == 8_000, Cuenta.total_banco
