# esperado: carrera
# A medias: Para no congelarse se comprueba el saldo fuera del candado y luego se cobra con retirar() (que sí lo toma). Planificación: dos clientes ven saldo suficiente para uno solo; el primero cobra pago y comisión; al segundo retirar(cantidad) le sale bien y retirar(comision) falla: se cobra medio pago y se cuenta como aceptado.
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
        if not self.retirar(cantidad):
            return False
        self.retirar(comision)
        return True


def main(saldo_inicial=500, clientes=3, pagos=2, cantidad=100, comision=10):
    cuenta = CuentaBancaria(saldo_inicial)
    aceptados = [0] * clientes

    def cliente(indice):
        for _ in range(pagos):
            if cuenta.pagar_con_comision(cantidad, comision):
                aceptados[indice] += 1

    hilos = [threading.Thread(target=cliente, args=(i,)) for i in range(clientes)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Pagos aceptados: {sum(aceptados)}")
    print(f"Saldo final: {cuenta.saldo}")
    return cuenta.saldo, sum(aceptados)


if __name__ == "__main__":
    main()
