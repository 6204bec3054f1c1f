# esperado: carrera
# A medias: El destino se toma con acquire(timeout=0.5) y, si no llega, la transferencia se abandona en silencio (sin deshacer nada, porque aún no se había tocado). No se cuelga, pero si la transferencia opuesta retiene su candado más de 0,5 s (máquina cargada) una transferencia se pierde.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
            if not otra_cuenta.lock.acquire(timeout=0.5):
                return
            try:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad
            finally:
                otra_cuenta.lock.release()

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    cuentas = {n: CuentaBancaria(n, s) for n, s in enumerate(saldos, start=1)}
    hilos = []
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(target=cuentas[origen].transferir, args=(cuentas[destino], cantidad))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[n].saldo for n in sorted(cuentas)]


if __name__ == "__main__":
    main()
