# esperado: aprobado
# Arreglo correcto: Se mantiene Lock; retirar() público toma el candado y delega en _retirar(), que lo presupone tomado; pagar_con_comision usa _retirar() dos veces.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad

    def _retirar(self, cantidad):
        if cantidad > self.saldo:
            return False
        self.saldo -= cantidad
        return True

    def retirar(self, cantidad):
        with self.lock:
            return self._retirar(cantidad)

    def pagar_con_comision(self, cantidad, comision):
        self.lock.acquire()
        try:
            if self.saldo < cantidad + comision:
                return False
            self._retirar(cantidad)
            self._retirar(comision)
            return True
        finally:
            self.lock.release()


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes

    def cliente(indice):
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados[indice] += 1

    hilos = [threading.Thread(target=cliente, args=(i,)) for i in range(clientes)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
