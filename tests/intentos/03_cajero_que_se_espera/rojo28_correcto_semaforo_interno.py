# esperado: aprobado
# Arreglo correcto: Semaphore(1) con acquire/release en try/finally solo en los métodos públicos; pagar_con_comision comprueba y descuenta con un helper interno que no vuelve a pedir el candado.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Semaphore(1)

    # --- helpers internos: SOLO se llaman con el candado ya tomado ---
    def _retirar_sin_candado(self, cantidad):
        if cantidad > self.saldo:
            return False
        self.saldo -= cantidad
        return True

    # --- operaciones públicas: cada una toma el candado una sola vez ---
    def depositar(self, cantidad):
        self.lock.acquire()
        try:
            self.saldo += cantidad
        finally:
            self.lock.release()

    def retirar(self, cantidad):
        self.lock.acquire()
        try:
            return self._retirar_sin_candado(cantidad)
        finally:
            self.lock.release()

    def pagar_con_comision(self, cantidad, comision):
        # El pago y su comisión van juntos: o se cobran los dos o ninguno.
        self.lock.acquire()
        try:
            if self.saldo < cantidad + comision:
                return False
            self._retirar_sin_candado(cantidad)
            self._retirar_sin_candado(comision)
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
