# esperado: carrera
# La cuenta bancaria del curso: dos retiradas de 80 sobre un saldo de 100.
# Comprobar-y-actuar sin candado: si los dos hilos pasan el `if` antes de que
# ninguno reste, el saldo acaba en -60.
import threading


class Cuenta:
    def __init__(self, saldo):
        self.saldo = saldo

    def retirar(self, cantidad):
        if self.saldo >= cantidad:
            self.saldo -= cantidad
            return True
        return False


cuenta = Cuenta(100)
hilos = [threading.Thread(target=cuenta.retirar, args=(80,)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("saldo final:", cuenta.saldo)
assert cuenta.saldo >= 0, cuenta.saldo
