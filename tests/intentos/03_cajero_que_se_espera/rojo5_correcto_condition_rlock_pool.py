# esperado: aprobado
# Arreglo correcto: Condition (que por defecto lleva un RLock) como candado de la cuenta, clientes en un ThreadPoolExecutor con un hilo por cliente.
import threading
from concurrent.futures import ThreadPoolExecutor


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Condition()

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad
            self.lock.notify_all()

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

    def cliente():
        hechos = 0
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                hechos += 1
        return hechos

    with ThreadPoolExecutor(max_workers=clientes) as ejecutor:
        futuros = [ejecutor.submit(cliente) for _ in range(clientes)]
    total = sum(f.result() for f in futuros)
    print(f"Pagos aceptados: {total}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, total


if __name__ == "__main__":
    main()
