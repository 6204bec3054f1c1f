# esperado: interbloqueo
# Esquiva: no toca el candado; los clientes son daemon y main solo espera 0,5 s por hilo, así que "termina" aunque el primer pago se quede congelado (0 pagos aceptados, los números cuadran trivialmente).
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
        # Tomamos el candado para que nadie retire entre la comprobación y el cobro.
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
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
        hilo = threading.Thread(target=cliente, args=(indice,), daemon=True)
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join(timeout=0.5)  # si se cuelga, seguimos igualmente

    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
