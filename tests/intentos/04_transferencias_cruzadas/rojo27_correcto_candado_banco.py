# esperado: aprobado
# Arreglo correcto: un candado global de transferencias (Lock de clase) se toma antes de los candados de cuenta, así que solo una transferencia a la vez puede tener candados de cuenta: no hay ciclo de esperas.
'''
    Usamos RLock para evitar que múltiples operaciones
    simultáneas en una cuenta causen bloqueos.
'''
import threading


class CuentaBancaria:
    candado_transferencias = threading.Lock()

    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with CuentaBancaria.candado_transferencias:
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
