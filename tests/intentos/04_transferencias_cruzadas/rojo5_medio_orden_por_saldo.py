# esperado: interbloqueo|carrera
# A medias: «orden» de candados por saldo (primero la cuenta más rica). El saldo cambia mientras se transfiere, así que el orden no es global. Planificación: T1 (1→2) decide 1 antes que 2, toma 1 y descuenta; T2 (2→1) lee los saldos ya cambiados, decide 2 antes que 1 y toma 2: cada uno espera el candado del otro. Además la clave de orden lee los saldos sin candado: carrera de datos con la transferencia que los escribe.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        primero, segundo = sorted((self, otra_cuenta), key=lambda c: (-c.saldo, c.numero))
        with primero.lock:
            if primero is self:
                self.saldo -= cantidad
            with segundo.lock:
                if segundo is self:
                    self.saldo -= cantidad
                otra_cuenta.depositar(cantidad)

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
