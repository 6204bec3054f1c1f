# esperado: carrera
# Media reparación: RLock (no se congela) pero la comprobación del saldo se hace antes de tomar el candado; si dos clientes comprueban a la vez con saldo para uno solo, el segundo cobra solo parte o se cuenta como aceptado sin cobrar.
'''
    Una cuenta bancaria compartida por varios clientes.
    Cada operación toma el candado de la cuenta para que
    dos operaciones simultáneas no se pisen.
'''
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.RLock()

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
        if self.saldo < cantidad + comision:
            return False
        with self.lock:
            self.retirar(cantidad)
            self.retirar(comision)
            return True


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
