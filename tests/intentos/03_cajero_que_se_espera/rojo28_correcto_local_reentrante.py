# esperado: aprobado
# Arreglo correcto: un candado reentrante hecho a mano (Lock + threading.local como gestor de contexto): si el hilo ya tiene el candado de la cuenta no lo vuelve a pedir.
import threading
from contextlib import contextmanager


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()
        self._local = threading.local()  # cada hilo recuerda si ya tiene el candado

    @contextmanager
    def _candado(self):
        if getattr(self._local, "dentro", False):
            # Este hilo ya está dentro de la sección crítica: no se espera a sí mismo
            yield
            return
        with self.lock:
            self._local.dentro = True
            try:
                yield
            finally:
                self._local.dentro = False

    def depositar(self, cantidad):
        with self._candado():
            self.saldo += cantidad

    def retirar(self, cantidad):
        with self._candado():
            if cantidad > self.saldo:
                return False
            self.saldo -= cantidad
            return True

    def pagar_con_comision(self, cantidad, comision):
        # El pago y su comisión van juntos: o se cobran los dos o ninguno.
        with self._candado():
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
