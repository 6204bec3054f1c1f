# esperado: aprobado
# Arreglo correcto: cada transferencia toma los candados de las cuentas implicadas en orden global (por número de cuenta) con un ExitStack, y mueve el dinero con todos en la mano; no puede formarse un ciclo de esperas.
import threading
from contextlib import ExitStack


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        implicadas = sorted({self.numero: self, otra_cuenta.numero: otra_cuenta}.items())
        with ExitStack() as pila:
            for _, cuenta in implicadas:
                pila.enter_context(cuenta.lock)
            self.saldo -= cantidad
            otra_cuenta.depositar(cantidad)  # RLock: ya lo tenemos, reentra

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {}
    for numero, saldo in enumerate(saldos, start=1):
        cuentas[numero] = CuentaBancaria(numero, saldo)

    hilos = []
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(
            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad)
        )
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()

    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
