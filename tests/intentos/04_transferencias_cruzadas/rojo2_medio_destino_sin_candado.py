# esperado: carrera
# Media reparación: sin interbloqueo (solo se toma el candado del origen), pero el
# destino se modifica sin su candado: 1->2 y 2->1 a la vez leen y escriben el saldo
# de la cuenta 2 sin excluirse y se pierde una actualización.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
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
