# esperado: interbloqueo|carrera
# Media reparación: toma los candados en orden de saldo (mayor primero), pero el saldo cambia mientras tanto; con tres transferencias sobre las mismas cuentas, si una termina entre las decisiones de otras dos, éstas eligen órdenes opuestos y se bloquean.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        # Orden "global": primero la cuenta con más dinero (empate: la de menor número)
        primera, segunda = sorted((self, otra_cuenta), key=lambda c: (-c.saldo, c.numero))
        with primera.lock:
            with segunda.lock:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad

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
