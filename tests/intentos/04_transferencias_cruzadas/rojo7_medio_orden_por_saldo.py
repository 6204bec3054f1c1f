# esperado: interbloqueo|carrera
# Medio arreglo: orden de candados por saldo (que cambia mientras corre el programa)
# en vez de por un dato fijo. Con saldos iguales, o si un abono cambia cuál es
# mayor entre la decisión de dos hilos, 1→2 y 2→1 eligen órdenes opuestos y se
# interbloquean. Además, la comparación lee `saldo` sin candado mientras otro hilo lo
# escribe con él: también es una carrera de datos.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        if self.saldo >= otra_cuenta.saldo:
            primero, segundo = self, otra_cuenta
        else:
            primero, segundo = otra_cuenta, self
        with primero.lock:
            with segundo.lock:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad


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
    return [cuentas[n].saldo for n in sorted(cuenta for cuenta in cuentas)]


if __name__ == "__main__":
    main()
