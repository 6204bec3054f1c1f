# esperado: aprobado
# Reparación: un único candado para todo el banco; cada transferencia lo toma
# entero. Grueso (las transferencias se turnan), pero sin ciclo posible y con
# cada hilo corriendo a la vez que los demás.
import threading

banco = threading.Lock()


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo

    def transferir(self, otra_cuenta, cantidad):
        with banco:
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
