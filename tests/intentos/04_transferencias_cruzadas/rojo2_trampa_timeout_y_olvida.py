# esperado: carrera|interbloqueo
# Esquiva: candado ajeno con timeout; si no llega, se abandona la transferencia
# en silencio (el interbloqueo desaparece, pero la transferencia no se hace).
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
            if not otra_cuenta.lock.acquire(timeout=1):
                return
            try:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad
            finally:
                otra_cuenta.lock.release()


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
