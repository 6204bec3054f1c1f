# esperado: aprobado
# Arreglo correcto: el candado es un Semaphore(1) (tampoco reentrante) y por eso pagar_con_comision, ya con él tomado, cobra con un auxiliar _cobrar que no vuelve a pedirlo; comprobación y cobro ocurren dentro de la misma sección crítica.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Semaphore(1)

    def _cobrar(self, cantidad):
        # Requiere tener self.lock tomado.
        if cantidad > self.saldo:
            return False
        self.saldo -= cantidad
        return True

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad

    def retirar(self, cantidad):
        with self.lock:
            return self._cobrar(cantidad)

    def pagar_con_comision(self, cantidad, comision):
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
            self._cobrar(cantidad)
            self._cobrar(comision)
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
