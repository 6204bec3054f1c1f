# esperado: aprobado
# Arreglo correcto con otro modismo: un candado «de toma» del banco que solo se sostiene mientras se piden los dos candados de la transferencia (todo o nada). Un hilo que ya tiene sus dos candados nunca espera nada más, así que no hay ciclo de esperas; las transferencias que no comparten cuenta siguen yendo a la vez.
import threading

toma = threading.Lock()


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with toma:
            self.lock.acquire()
            otra_cuenta.lock.acquire()
        try:
            self.saldo -= cantidad
            otra_cuenta.saldo += cantidad
        finally:
            otra_cuenta.lock.release()
            self.lock.release()

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
