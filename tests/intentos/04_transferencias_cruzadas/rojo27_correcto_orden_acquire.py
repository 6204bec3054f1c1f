# esperado: aprobado
# Arreglo correcto: toma los dos candados con acquire/try/finally siempre en orden de número de cuenta (menor primero) y mueve el dinero con ambos en la mano.
'''
    Usamos RLock para evitar que múltiples operaciones
    simultáneas en una cuenta causen bloqueos.
'''
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        if otra_cuenta is self:
            return
        primero, segundo = sorted((self, otra_cuenta), key=lambda c: c.numero)
        primero.lock.acquire()
        try:
            segundo.lock.acquire()
            try:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad
            finally:
                segundo.lock.release()
        finally:
            primero.lock.release()

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
