# esperado: sin_concurrencia
# Esquiva: con el Lock original, cada cliente se arranca y se espera antes del siguiente (y sin candado en el pago).
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo

    def pagar_con_comision(self, cantidad, comision):
        if self.saldo < cantidad + comision:
            return False
        self.saldo -= cantidad + comision
        return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes

    def cliente(indice):
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados[indice] += 1

    for indice in range(clientes):
        hilo = threading.Thread(target=cliente, args=(indice,))
        hilo.start()
        hilo.join()
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
