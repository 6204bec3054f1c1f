# esperado: aprobado
# Arreglo correcto: Se descuenta cantidad + comision de una vez dentro del candado, sin volver a llamar a retirar(); la cuenta se pasa como argumento a cada hilo.
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
        total = cantidad + comision
        with self.lock:
            if self.saldo < total:
                return False
            self.saldo -= total
            return True


def cliente(cuenta, pagos, cantidad, comision, aceptados, indice):
    for _ in range(pagos):
        if cuenta.pagar_con_comision(cantidad, comision):
            aceptados[indice] += 1


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes
    hilos = [
        threading.Thread(target=cliente, args=(cuenta, pagos, cantidad, comision, aceptados, i))
        for i in range(clientes)
    ]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
