# esperado: sin_concurrencia
# Esquiva: la cuenta conserva pagar_con_comision (con su candado pedido dos veces, sin arreglar), pero nadie la llama: main decide cuántos pagos caben y los clientes cobran con otro método que no mira el saldo. El interbloqueo sigue ahí, escondido.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Lock()

    def cobrar(self, total):
        with self.lock:
            self.saldo -= total

    def retirar(self, cantidad):
        with self.lock:
            if cantidad > self.saldo:
                return False
            self.saldo -= cantidad
            return True

    def pagar_con_comision(self, cantidad, comision):
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
            self.retirar(cantidad)
            self.retirar(comision)
            return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes
    caben = min(clientes * pagos, saldo_inicial // (cantidad + comision))
    concedidos = [0] * clientes
    for k in range(caben):
        concedidos[k % clientes] += 1

    def cliente(indice):
        for n in range(pagos):
            if n < concedidos[indice]:
                cuenta.cobrar(cantidad + comision)
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
