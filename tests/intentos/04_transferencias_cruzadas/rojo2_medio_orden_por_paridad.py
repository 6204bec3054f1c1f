# esperado: interbloqueo
# Media reparación: "orden" por paridad (impares primero). Entre dos cuentas de la misma paridad (1 y 3, 2 y 4) no hay orden global: 1->3 y 3->1 a la vez se interbloquean.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()

    def transferir(self, otra_cuenta, cantidad):
        primera, segunda = sorted((self, otra_cuenta), key=lambda c: c.numero % 2 == 0)
        with primera.lock:
            with segunda.lock:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad


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
