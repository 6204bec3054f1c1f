# esperado: aprobado
# Reparación: toma el candado propio y prueba el ajeno sin bloquear; si no puede,
# suelta todo, espera un poco (aleatorio) y reintenta. Nunca espera con un candado tomado.
import random
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
            time.sleep(random.random() * 0.01)


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {numero: CuentaBancaria(numero, saldo) for numero, saldo in enumerate(saldos, start=1)}
    hilos = []
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(target=cuentas[origen].transferir, args=(cuentas[destino], cantidad))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
