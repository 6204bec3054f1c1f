# esperado: aprobado
# Arreglo correcto: RLock y los clientes en un ThreadPoolExecutor que devuelve cuántos pagos aceptó cada uno.
import threading


from concurrent.futures import ThreadPoolExecutor


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

    def cliente():
        return sum(1 for _ in range(pagos) if cuenta.pagar_con_comision(cantidad, comision))

    with ThreadPoolExecutor(max_workers=clientes) as grupo:
        futuros = [grupo.submit(cliente) for _ in range(clientes)]
    aceptados = sum(f.result() for f in futuros)
    print(f"Pagos aceptados: {aceptados}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, aceptados


if __name__ == "__main__":
    main()
