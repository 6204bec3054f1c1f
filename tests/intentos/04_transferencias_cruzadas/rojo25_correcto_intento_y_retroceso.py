# esperado: aprobado
# Arreglo correcto: toma su candado y prueba el de la otra cuenta sin bloquear; si está ocupado suelta el suyo y reintenta tras una espera aleatoria (nunca espera un candado teniendo otro, así que no hay ciclo de esperas; el azar rompe el empate).
import random
import threading
import time


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        espera = 0.0005
        while True:
            with self.lock:
                if otra_cuenta.lock.acquire(blocking=False):
                    try:
                        self.saldo -= cantidad
                        otra_cuenta.saldo += cantidad
                        return
                    finally:
                        otra_cuenta.lock.release()
            time.sleep(random.uniform(0, espera))
            espera = min(espera * 2, 0.05)

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
