# esperado: interbloqueo
# A medias: deja los RLock en el orden de los argumentos y añade un Semaphore(2) global «para que no haya demasiadas transferencias a la vez». Dos transferencias opuestas (1->2 y 2->1) caben juntas en el semáforo: cada una toma su origen y espera el destino que tiene la otra.
import threading

pocas_a_la_vez = threading.Semaphore(2)


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with pocas_a_la_vez:
            with self.lock:
                self.saldo -= cantidad
                otra_cuenta.depositar(cantidad)

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
