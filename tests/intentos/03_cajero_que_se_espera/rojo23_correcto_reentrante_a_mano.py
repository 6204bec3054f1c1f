# esperado: aprobado
# Correcto: un candado reentrante escrito a mano (dueño, cuenta y un Lock debajo); mirar el dueño sin tomar el candado es seguro, porque solo puede valer mi identificador si lo apunté yo.
'''
    Una cuenta bancaria compartida por varios clientes.
    Cada operación toma el candado de la cuenta para que
    dos operaciones simultáneas no se pisen.
'''
import threading


class CandadoReentrante:
    """Un RLock a mano: el dueño y cuántas veces lo ha tomado, sobre un Lock normal."""

    def __init__(self):
        self._bloqueo = threading.Lock()
        self._duenio = None
        self._veces = 0

    def __enter__(self):
        yo = threading.get_ident()
        if self._duenio == yo:
            self._veces += 1
            return self
        self._bloqueo.acquire()
        self._duenio = yo
        self._veces = 1
        return self

    def __exit__(self, *excepcion):
        self._veces -= 1
        if self._veces == 0:
            self._duenio = None
            self._bloqueo.release()


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = CandadoReentrante()

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
