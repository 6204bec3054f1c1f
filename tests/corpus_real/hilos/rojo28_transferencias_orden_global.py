# esperado: aprobado
# Cada transferencia toma los dos candados siempre en el mismo orden (por id), así que no hay ciclos.
import random
import threading


class Cuenta:
    def __init__(self, id_, saldo):
        self.id = id_
        self.saldo = saldo
        self.candado = threading.RLock()

    def retirar(self, cantidad):
        with self.candado:
            if self.saldo < cantidad:
                raise ValueError("saldo insuficiente")
            self.saldo -= cantidad

    def depositar(self, cantidad):
        with self.candado:
            self.saldo += cantidad


def transferir(origen, destino, cantidad):
    primera, segunda = sorted((origen, destino), key=lambda c: c.id)
    with primera.candado:
        with segunda.candado:
            if origen.saldo < cantidad:
                return False
            origen.retirar(cantidad)      # RLock: se vuelve a tomar sin problema
            destino.depositar(cantidad)
            return True


def cliente(cuentas, semilla):
    rng = random.Random(semilla)
    for _ in range(20):
        a, b = rng.sample(cuentas, 2)
        transferir(a, b, rng.randint(1, 30))


if __name__ == "__main__":
    cuentas = [Cuenta(i, 100) for i in range(3)]
    hilos = [threading.Thread(target=cliente, args=(cuentas, s)) for s in range(3)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    total = sum(c.saldo for c in cuentas)
    assert total == 300, total
    assert all(c.saldo >= 0 for c in cuentas)
    print("Dinero total conservado:", total)
