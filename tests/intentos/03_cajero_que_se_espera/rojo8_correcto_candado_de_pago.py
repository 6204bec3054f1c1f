# esperado: aprobado
# Arreglo correcto con otro modismo: dos candados en jerarquía fija. pagar_con_comision toma un Lock propio de los pagos y, con él, retirar toma el de la cuenta (distinto objeto, así que no se espera a sí mismo). Todos los pagos pasan por el candado de pagos, así que comprobar y cobrar es indivisible; el orden pagos -> cuenta es siempre el mismo.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()
        self.lock_pagos = threading.Lock()

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad

    def retirar(self, cantidad):
        with self.lock:
            if cantidad > self.saldo:
                return False
            self.saldo -= cantidad
            return True

    def pagar_con_comision(self, cantidad, comision):
        with self.lock_pagos:
            if self.saldo < cantidad + comision:
                return False
            self.retirar(cantidad)
            self.retirar(comision)
            return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes

    def cliente(indice):
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados[indice] += 1

    hilos = []
    for indice in range(clientes):
        hilo = threading.Thread(target=cliente, args=(indice,))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
