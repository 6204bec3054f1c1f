# esperado: sin_concurrencia
# Esquiva: los hilos «transfieren» 0 (con los candados en orden, sin mover dinero) y main, tras esperarlos, escribe los saldos calculados a mano con vars(cuenta)["saldo"] = ... Los saldos finales no salen de las transferencias de los hilos.
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        primera, segunda = sorted((self, otra_cuenta), key=lambda c: c.numero)
        with primera.lock, segunda.lock:
            self.saldo -= 0 * cantidad
            otra_cuenta.saldo += 0 * cantidad


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
    finales = list(saldos)
    for origen, destino, cantidad in transferencias:
        finales[origen - 1] -= cantidad
        finales[destino - 1] += cantidad
    for numero, cuenta in cuentas.items():
        vars(cuenta)["saldo"] = finales[numero - 1]
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
