# esperado: sin_concurrencia
# Esquiva: quita el candado de pagar_con_comision (ya no se congela) y, para que no haya carreras, cada cliente espera con join a que termine el anterior antes de pagar: hay hilos, pero nunca pagan dos a la vez.
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
        if self.saldo < cantidad + comision:
            return False
        self.retirar(cantidad)
        self.retirar(comision)
        return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes  # cada cliente anota solo en su casilla
    hilos = []

    def cliente(indice):
        if indice > 0:
            hilos[indice - 1].join()  # turno ordenado: así nadie se cuela
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados[indice] += 1

    for indice in range(clientes):
        hilos.append(threading.Thread(target=cliente, args=(indice,)))
    for hilo in hilos:
        hilo.start()

    for hilo in hilos:
        hilo.join()

    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
