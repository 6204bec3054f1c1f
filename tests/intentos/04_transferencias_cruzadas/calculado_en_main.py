# esperado: sin_concurrencia
# Esquiva: los hilos no transfieren nada; main aplica las transferencias a los saldos después de esperarlos.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo

    def transferir(self, otra_cuenta, cantidad):
        pass


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {n: CuentaBancaria(n, s) for n, s in enumerate(saldos, start=1)}
    hilos = [threading.Thread(target=cuentas[o].transferir, args=(cuentas[d], c))
             for o, d, c in transferencias]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    for origen, destino, cantidad in transferencias:
        cuentas[origen].saldo -= cantidad
        cuentas[destino].saldo += cantidad
    return [cuentas[n].saldo for n in sorted(cuentas)]


if __name__ == "__main__":
    main()
