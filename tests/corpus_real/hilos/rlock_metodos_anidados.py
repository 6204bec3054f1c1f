# esperado: aprobado
# Una cuenta con RLock: depositar() toma el candado y llama a _apuntar(), que
# también lo toma. Con Lock sería un autobloqueo; con RLock el mismo hilo
# puede volver a entrar. Todo acceso a saldo y movimientos va con el candado.
import threading


class Cuenta:
    def __init__(self):
        self.saldo = 0
        self.movimientos = []
        self.candado = threading.RLock()

    def _apuntar(self, cantidad):
        with self.candado:
            self.movimientos.append(cantidad)

    def depositar(self, cantidad):
        with self.candado:
            self.saldo += cantidad
            self._apuntar(cantidad)


cuenta = Cuenta()


def cliente():
    for _ in range(50):
        cuenta.depositar(2)


hilos = [threading.Thread(target=cliente) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert cuenta.saldo == 400 and len(cuenta.movimientos) == 200
print("saldo", cuenta.saldo)
