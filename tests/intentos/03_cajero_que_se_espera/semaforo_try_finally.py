# esperado: aprobado
# Arreglo correcto: Semaphore(1) con acquire/release en try/finally, tomado una sola vez por pago.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.turno = threading.Semaphore(1)

    def pagar_con_comision(self, cantidad, comision):
        self.turno.acquire()
        try:
            if self.saldo < cantidad + comision:
                return False
            self.saldo -= cantidad
            self.saldo -= comision
            return True
        finally:
            self.turno.release()


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
