# esperado: interbloqueo
# A->B toma el candado de A y luego el de B; B->A al revés: cada hilo puede quedarse con uno y esperar el otro.
import threading


class Cuenta:
    def __init__(self, nombre, saldo):
        self.nombre = nombre
        self.saldo = saldo
        self.candado = threading.Lock()


def transferir(origen, destino, cantidad):
    with origen.candado:
        with destino.candado:
            origen.saldo -= cantidad
            destino.saldo += cantidad


def repetir(origen, destino, veces):
    for _ in range(veces):
        transferir(origen, destino, 1)


a = Cuenta("Ana", 500)
b = Cuenta("Beto", 500)
h1 = threading.Thread(target=repetir, args=(a, b, 100))
h2 = threading.Thread(target=repetir, args=(b, a, 100))
h1.start()
h2.start()
h1.join()
h2.join()
print(f"Ana: {a.saldo}, Beto: {b.saldo}")
