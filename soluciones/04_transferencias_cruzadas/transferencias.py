'''
    Un RLock por cuenta no basta para evitar bloqueos: si dos
    transferencias cruzadas toman los candados en distinto orden,
    cada una puede quedarse esperando el candado que tiene la otra.
    Por eso todas las transferencias toman los candados en el mismo
    orden global: primero el de la cuenta con el número más bajo.
'''
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        primera, segunda = sorted((self, otra_cuenta), key=lambda cuenta: cuenta.numero)
        with primera.lock, segunda.lock:
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
