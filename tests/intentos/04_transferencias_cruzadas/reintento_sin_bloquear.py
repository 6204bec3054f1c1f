# esperado: aprobado
# Arreglo correcto: toma el segundo candado sin bloquear y, si no puede, suelta el primero y lo reintenta tras ceder el turno.
import threading


import time


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()

    def transferir(self, otra_cuenta, cantidad):
        while True:
            with self.lock:
                if otra_cuenta.lock.acquire(blocking=False):
                    try:
                        self.saldo -= cantidad
                        otra_cuenta.saldo += cantidad
                        return
                    finally:
                        otra_cuenta.lock.release()
            time.sleep(0.001)


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
