# esperado: interbloqueo
# Esquiva: deja los candados en el orden de los argumentos y, para que «no se congele», hace los hilos daemon y los espera con join(timeout=2). Las transferencias opuestas (1->2 y 2->1) siguen interbloqueándose; main solo deja de esperarlas y devuelve saldos a medias.
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
            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad), daemon=True
        )
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join(timeout=2)  # si una transferencia se cuelga, no esperamos para siempre

    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
