# esperado: aprobado
# Arreglo correcto: una Condition global hace de mostrador que reserva las dos cuentas de golpe (todo o nada); nadie retiene una cuenta mientras espera la otra, así que no hay círculo de esperas.
import threading

# Mostrador común: quién tiene reservada cada cuenta
_mostrador = threading.Condition()
_reservadas = set()


class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.RLock()

    @staticmethod
    def _reservar(*cuentas):
        pedidas = set(cuentas)
        with _mostrador:
            # Espera hasta que TODAS las cuentas pedidas estén libres y las toma a la vez
            _mostrador.wait_for(lambda: not (_reservadas & pedidas))
            _reservadas.update(pedidas)
        return pedidas

    @staticmethod
    def _liberar(pedidas):
        with _mostrador:
            _reservadas.difference_update(pedidas)
            _mostrador.notify_all()

    def transferir(self, otra_cuenta, cantidad):
        pedidas = self._reservar(self, otra_cuenta)
        try:
            self.saldo -= cantidad
            otra_cuenta.saldo += cantidad
        finally:
            self._liberar(pedidas)

    def depositar(self, cantidad):
        pedidas = self._reservar(self)
        try:
            self.saldo += cantidad
        finally:
            self._liberar(pedidas)


def main(saldos=(500, 300), transferencias=((1, 2, 200), (2, 1, 100))):
    # saldos[i] es el saldo inicial de la cuenta número i + 1.
    # Cada transferencia es (cuenta de origen, cuenta de destino, cantidad).
    cuentas = {}
    for numero, saldo in enumerate(saldos, start=1):
        cuentas[numero] = CuentaBancaria(numero, saldo)

    hilos = []
    for origen, destino, cantidad in transferencias:
        hilo = threading.Thread(
            target=cuentas[origen].transferir, args=(cuentas[destino], cantidad)
        )
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()

    for numero, cuenta in cuentas.items():
        print(f"Saldo cuenta{numero}: {cuenta.saldo}")
    return [cuentas[numero].saldo for numero in sorted(cuentas)]


if __name__ == "__main__":
    main()
