# esperado: sin_concurrencia
# Esquiva: los clientes no pagan nada; main calcula cuántos pagos alcanzaban y el saldo final.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    hilos = [threading.Thread(target=lambda: None) for _ in range(clientes)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    aceptados = min(clientes * pagos, saldo_inicial // (cantidad + comision))
    saldo = saldo_inicial - aceptados * (cantidad + comision)
    print(f"Pagos aceptados: {aceptados}")
    print(f"Saldo final: {saldo}")
    return saldo, aceptados


if __name__ == "__main__":
    main()
