# esperado: trampa|interbloqueo
# Esquiva: deja el bloqueo intacto, arranca los hilos como daemon, los espera con timeout y devuelve los saldos calculados a mano en main a partir de la lista de transferencias.
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
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(
            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad),
            daemon=True,  # si se quedan colgados, que no impidan salir
        )
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join(timeout=0.5)  # no esperamos eternamente

    # Los saldos "correctos" se pueden calcular sin depender de los hilos
    finales = {numero: saldo for numero, saldo in enumerate(saldos, start=1)}
    for origen, destino, cantidad in transferencias:
        finales[origen] -= cantidad
        finales[destino] += cantidad

    for numero in sorted(finales):
        print(f"Saldo cuenta{numero}: {finales[numero]}")
    return [finales[numero] for numero in sorted(finales)]


if __name__ == "__main__":
    main()
