# esperado: sin_concurrencia
# Esquiva: los clientes pagan uno detrás de otro en el hilo principal.
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
    aceptados = 0
    for _ in range(clientes * pagos):
        if cuenta.pagar_con_comision(cantidad, comision):
            aceptados += 1
    return cuenta.saldo, aceptados


if __name__ == "__main__":
    main()
