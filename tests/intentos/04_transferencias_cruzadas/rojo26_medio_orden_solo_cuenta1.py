# esperado: interbloqueo
# Media reparación: el orden global de candados solo se aplica si interviene la cuenta 1 (el caso del enunciado); con 2→3 y 3→2 a la vez cada hilo toma su origen y espera al otro para siempre.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        if 1 in (self.numero, otra_cuenta.numero):
            primero, segundo = sorted((self, otra_cuenta), key=lambda c: c.numero)
        else:
            primero, segundo = self, otra_cuenta
        with primero.lock:
            with segundo.lock:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
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
