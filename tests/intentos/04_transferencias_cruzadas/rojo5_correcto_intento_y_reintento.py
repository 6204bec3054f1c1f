# esperado: aprobado
# Arreglo correcto: Se toma el candado del origen y se intenta el del destino sin bloquear; si está ocupado se sueltan ambos y se reintenta tras una pausa aleatoria (rompe la condición de «retener y esperar»).
import random
import threading
import time


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()

    def transferir(self, otra_cuenta, cantidad):
        azar = random.Random(self.numero * 1000 + otra_cuenta.numero)
        while True:
            with self.lock:
                if otra_cuenta.lock.acquire(blocking=False):
                    try:
                        self.saldo -= cantidad
                        otra_cuenta.saldo += cantidad
                        return
                    finally:
                        otra_cuenta.lock.release()
            time.sleep(azar.uniform(0.001, 0.01))

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
