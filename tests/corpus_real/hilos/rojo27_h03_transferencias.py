# esperado: interbloqueo
# transferir(a, b) toma a.lock y luego b.lock; el otro hilo transfiere (b, a): si cada hilo toma su primer cerrojo antes que el otro tome el segundo, ambos esperan para siempre.
import threading

class Cuenta:
    def __init__(self, nombre, saldo):
        self.nombre = nombre
        self.saldo = saldo
        self.lock = threading.Lock()

def transferir(origen, destino, cantidad):
    with origen.lock:
        with destino.lock:
            origen.saldo -= cantidad
            destino.saldo += cantidad

a = Cuenta("Ana", 100)
b = Cuenta("Beto", 100)

def t1():
    for _ in range(3):
        transferir(a, b, 10)

def t2():
    for _ in range(3):
        transferir(b, a, 5)

h1 = threading.Thread(target=t1)
h2 = threading.Thread(target=t2)
h1.start(); h2.start()
h1.join(); h2.join()
print("Saldos:", a.saldo, b.saldo)
