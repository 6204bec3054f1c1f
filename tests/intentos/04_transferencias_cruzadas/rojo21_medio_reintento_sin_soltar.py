# esperado: cuelgue|interbloqueo
# Medio arreglo: el segundo candado se pide sin bloquear y se reintenta cada 10 ms, pero SIN soltar el primero. 1->2 tiene el de 1 y reintenta el de 2; 2->1 tiene el de 2 y reintenta el de 1: ninguno suelta lo suyo y los dos reintentan para siempre (un interbloqueo con espera activa).
import threading
import time


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
            # No nos quedamos bloqueados esperando el otro candado: reintentamos.
            while not otra_cuenta.lock.acquire(blocking=False):
                time.sleep(0.01)
            try:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad
            finally:
                otra_cuenta.lock.release()

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    # saldos[i] es el saldo inicial de la cuenta número i + 1.
    # Cada transferencia es (cuenta de origen, cuenta de destino, cantidad).
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
