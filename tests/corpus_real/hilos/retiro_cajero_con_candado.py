# esperado: aprobado
# La misma cuenta con el `if` y la resta dentro del mismo Lock.
import threading


class Cuenta:
    def __init__(self, saldo):
        self.saldo = saldo
        self._candado = threading.Lock()

    def retirar(self, cantidad):
        with self._candado:
            if self.saldo >= cantidad:
                self.saldo -= cantidad
                return True
            return False


cuenta = Cuenta(100)
resultados = []
hilos = [threading.Thread(target=lambda: resultados.append(cuenta.retirar(80))) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("saldo final:", cuenta.saldo, resultados)
assert cuenta.saldo == 20 and sorted(resultados) == [False, True]
