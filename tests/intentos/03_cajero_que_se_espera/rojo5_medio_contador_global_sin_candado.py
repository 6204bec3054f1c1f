# esperado: carrera
# A medias: RLock bien puesto en la cuenta, pero los pagos aceptados se cuentan en un entero compartido (nonlocal) sin candado. Planificación: dos clientes leen aceptados = k a la vez y ambos escriben k + 1: un pago cobrado sin contar.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.RLock()

    def retirar(self, cantidad):
        with self.lock:
            if cantidad > self.saldo:
                return False
            self.saldo -= cantidad
            return True

    def pagar_con_comision(self, cantidad, comision):
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
            self.retirar(cantidad)
            self.retirar(comision)
            return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = 0

    def cliente():
        nonlocal aceptados
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados += 1

    hilos = [threading.Thread(target=cliente) for _ in range(clientes)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Pagos aceptados: {aceptados}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, aceptados


if __name__ == "__main__":
    main()
