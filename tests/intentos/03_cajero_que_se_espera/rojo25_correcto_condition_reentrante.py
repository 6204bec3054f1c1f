# esperado: aprobado
# Arreglo correcto: la cuenta se protege con una Condition construida sobre un RLock; el mismo hilo puede volver a entrar desde pagar_con_comision a retirar, y los depósitos avisan con notify_all por si alguien quisiera esperar saldo.
import threading


class CuentaBancaria:
    def __init__(self, saldo):
        self.saldo = saldo
        self.lock = threading.Condition(threading.RLock())

    def depositar(self, cantidad):
        with self.lock:
            self.saldo += cantidad
            self.lock.notify_all()

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
            cobrado = self.retirar(cantidad)
            cobrado = self.retirar(comision) and cobrado
            assert cobrado, "imposible: el saldo se comprobó con el candado tomado"
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
