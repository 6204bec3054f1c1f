# esperado: aprobado
# Arreglo correcto: pagar_con_comision toma el Lock con acquire/try/finally y descuenta el saldo directamente, sin volver a pedir el candado que ya tiene.
'''
    Una cuenta bancaria compartida por varios clientes.
    Cada operación toma el candado de la cuenta para que
    dos operaciones simultáneas no se pisen.
'''
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()

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
        # El pago y su comisión van juntos: o se cobran los dos o ninguno.
        # Con el candado ya tomado descontamos directamente: no se vuelve a pedir.
        self.lock.acquire()
        try:
            total = cantidad + comision
            if self.saldo < total:
                return False
            self.saldo -= cantidad
            self.saldo -= comision
            return True
        finally:
            self.lock.release()


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes  # cada cliente anota solo en su casilla

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
