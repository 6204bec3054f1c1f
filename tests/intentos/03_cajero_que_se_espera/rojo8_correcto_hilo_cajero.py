# esperado: aprobado
# Arreglo correcto con otro modismo (modelo de actor): un único hilo cajero es dueño de la cuenta y atiende los pagos de una Queue en orden; cada cliente, en su hilo y todos a la vez, envía su pago y espera la respuesta en su propia cola. Como solo el cajero toca el saldo, comprobar y cobrar nunca se entrelazan, y no hace falta candado reentrante.
import queue
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.pedidos = queue.Queue()
        self.cajero = threading.Thread(target=self._atender)
        self.cajero.start()

    def _atender(self):
        while True:
            pedido = self.pedidos.get()
            if pedido is None:
                return
            cantidad, comision, respuesta = pedido
            if self.saldo < cantidad + comision:
                respuesta.put(False)
            else:
                self.saldo -= cantidad
                self.saldo -= comision
                respuesta.put(True)

    def pagar_con_comision(self, cantidad, comision):
        respuesta = queue.Queue(maxsize=1)
        self.pedidos.put((cantidad, comision, respuesta))
        return respuesta.get()

    def cerrar(self):
        self.pedidos.put(None)
        self.cajero.join()


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes

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
    cuenta.cerrar()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
