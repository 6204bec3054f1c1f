# esperado: carrera
# Media reparación: para romper el abrazo mortal quita el candado de depositar (solo se toma un candado a la vez); pero depositar hace saldo += sin candado mientras otra transferencia resta de esa misma cuenta con su candado: si T1 lee el saldo de la cuenta 2, T2 resta de la 2 y T1 escribe, la resta de T2 se pierde.
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
        # Sin candado: así nunca se esperan dos transferencias entre sí.
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
