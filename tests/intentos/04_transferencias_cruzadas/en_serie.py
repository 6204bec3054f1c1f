# esperado: sin_concurrencia
# Esquiva: cada transferencia se arranca y se espera antes de la siguiente; nunca hay dos a la vez.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock, otra_cuenta.lock:
            self.saldo -= cantidad
            otra_cuenta.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {n: CuentaBancaria(n, s) for n, s in enumerate(saldos, start=1)}
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(target=cuentas[origen].transferir,
                                args=(cuentas[destino], cantidad))
        hilo.start()
        hilo.join()
    return [cuentas[n].saldo for n in sorted(cuentas)]


if __name__ == "__main__":
    main()
