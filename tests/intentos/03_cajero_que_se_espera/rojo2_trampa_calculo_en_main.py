# esperado: sin_concurrencia
# Esquiva: hilos de adorno; main calcula cuántos pagos caben y el saldo final.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()

    def pagar_con_comision(self, cantidad, comision):
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
            self.saldo -= cantidad + comision
            return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    hilos = [threading.Thread(target=lambda: None) for _ in range(clientes)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    aceptados = min(clientes * pagos, saldo_inicial // (cantidad + comision))
    cuenta.saldo = saldo_inicial - aceptados * (cantidad + comision)
    print(f"Pagos aceptados: {aceptados}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, aceptados


if __name__ == "__main__":
    main()
