# esperado: interbloqueo|carrera
# Media reparación: "orden global" por saldo (la cuenta más rica primero). El saldo
# cambia mientras corren las transferencias, así que dos hilos pueden ver órdenes
# distintos (1->2 decide con saldos viejos, 2->1 con nuevos) y esperarse en ciclo.
# También con saldos iguales el desempate no es global (depende de quién llama).
import threading


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    def transferir(self, otra_cuenta, cantidad):
        if self.saldo >= otra_cuenta.saldo:
            primera, segunda = self, otra_cuenta
        else:
            primera, segunda = otra_cuenta, self
        with primera.lock:
            with segunda.lock:
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
