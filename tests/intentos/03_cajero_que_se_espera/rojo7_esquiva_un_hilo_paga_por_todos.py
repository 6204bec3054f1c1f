# esperado: sin_concurrencia
# Esquiva: sin candado en pagar; el hilo 0 hace los pagos de todos los clientes y
# los demás hilos no hacen nada (así no hay competencia que delate el fallo).
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()

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
    aceptados = [0] * clientes

    def cliente(indice):
        if indice != 0:
            return
        for otro in range(clientes):
            for _ in range(pagos):
                if cuenta.pagar_con_comision(cantidad, comision):
                    aceptados[otro] += 1

    hilos = [threading.Thread(target=cliente, args=(i,)) for i in range(clientes)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
