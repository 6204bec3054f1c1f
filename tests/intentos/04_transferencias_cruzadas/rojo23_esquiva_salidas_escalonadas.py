# esperado: interbloqueo|sin_concurrencia|trampa
# Esquiva: deja el código que se interbloquea tal cual y hace que cada hilo espere i·0,2 s antes de transferir, confiando en que así nunca coincidan dos transferencias.
import threading
import time


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


def _transferir_con_retraso(retraso, origen, destino, cantidad):
    time.sleep(retraso)
    origen.transferir(destino, cantidad)


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    # saldos[i] es el saldo inicial de la cuenta número i + 1.
    # Cada transferencia es (cuenta de origen, cuenta de destino, cantidad).
    cuentas = {}
    for numero, saldo in enumerate(saldos, start=1):
        cuentas[numero] = CuentaBancaria(numero, saldo)

    hilos = []
    for i, (origen, destino, cantidad) in enumerate(transferencias):
        hilo = threading.Thread(
            target=_transferir_con_retraso,
            args=(0.2 * i, cuentas[origen], cuentas[destino], cantidad),
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
