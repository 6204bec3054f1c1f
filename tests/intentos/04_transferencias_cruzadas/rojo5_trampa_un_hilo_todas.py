# esperado: sin_concurrencia
# Esquiva: Un único hilo hace todas las transferencias una detrás de otra (y main lo espera): no hay interbloqueo porque no hay nadie más.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
            self.saldo -= cantidad
            otra_cuenta.depositar(cantidad)

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {n: CuentaBancaria(n, s) for n, s in enumerate(saldos, start=1)}

    def todas():
        for origen, destino, cantidad in transferencias:
            cuentas[origen].transferir(cuentas[destino], cantidad)

    hilo = threading.Thread(target=todas)
    hilo.start()
    hilo.join()
    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[n].saldo for n in sorted(cuentas)]


if __name__ == "__main__":
    main()
