# esperado: carrera
# Media reparación: comprueba el saldo con el candado, lo suelta y cobra después con retirar() sin mirar lo que devuelve; si dos clientes comprueban antes de que ninguno cobre, uno cobra de menos pero cuenta como aceptado.
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
        # Comprobamos con el candado...
        with self.lock:
            if self.saldo < cantidad + comision:
                return False
        # ...y cobramos fuera, para no esperarnos a nosotros mismos
        self.retirar(cantidad + comision)
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
