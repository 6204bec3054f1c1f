# esperado: interbloqueo|sin_concurrencia
# Esquiva: no toca los candados; lanza cada transferencia en su hilo con threading.Timer escalonado medio segundo, así "nunca coinciden". Si un hilo se retrasa más de 0,5 s con el candado tomado, vuelve el abrazo mortal; y si no, es que se ejecutaron una detrás de otra.
import threading


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


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {}
    for numero, saldo in enumerate(saldos, start=1):
        cuentas[numero] = CuentaBancaria(numero, saldo)

    hilos = []
    for i, (origen, destino, cantidad) in enumerate(transferencias):
        hilo = threading.Timer(
            0.5 * i, cuentas[origen].transferir, args=(cuentas[destino], cantidad)
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
