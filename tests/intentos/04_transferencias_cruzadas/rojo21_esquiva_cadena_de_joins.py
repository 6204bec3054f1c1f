# esperado: sin_concurrencia|trampa
# Esquiva: los candados siguen en el orden de los argumentos (el interbloqueo sigue ahí), pero cada hilo hace join() del hilo anterior antes de transferir. Todos los hilos arrancan a la vez y están vivos a la vez, pero las transferencias van una detrás de otra: ninguna coincide con otra, así que el ciclo nunca llega a formarse. Es atender en serie escondido dentro de los hilos.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad, anterior=None):
        if anterior is not None:
            anterior.join()  # que termine la anterior, por si acaso
        with self.lock:
            self.saldo -= cantidad
            otra_cuenta.depositar(cantidad)

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {}
    for numero, saldo in enumerate(saldos, start=1):
        cuentas[numero] = CuentaBancaria(numero, saldo)

    hilos = []
    anterior = None
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(
            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad, anterior)
        )
        hilos.append(hilo)
        hilo.start()
        anterior = hilo

    for hilo in hilos:
        hilo.join()

    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
