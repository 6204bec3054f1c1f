# esperado: aprobado
# Arreglo correcto: Orden global de candados por id() del objeto (no por número) y ExitStack para tomarlos; RLock se mantiene porque depositar vuelve a tomar el del destino.
import threading
from contextlib import ExitStack


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with ExitStack() as pila:
            for cuenta in sorted((self, otra_cuenta), key=id):
                pila.enter_context(cuenta.lock)
            self.saldo -= cantidad
            otra_cuenta.depositar(cantidad)

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {n: CuentaBancaria(n, s) for n, s in enumerate(saldos, start=1)}
    hilos = []
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(target=cuentas[origen].transferir, args=(cuentas[destino], cantidad))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[n].saldo for n in sorted(cuentas)]


if __name__ == "__main__":
    main()
