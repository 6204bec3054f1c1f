# esperado: carrera
# Lectura-modificación-escritura de cuenta.saldo sin cerrojo; la llamada a time.sleep(0) entre leer y escribir permite que otro hilo lea el mismo saldo: se pierde un depósito.
import threading
import time

class Cuenta:
    def __init__(self):
        self.saldo = 0

    def depositar(self, cantidad):
        saldo_actual = self.saldo
        time.sleep(0)  # simula una consulta a la base de datos
        self.saldo = saldo_actual + cantidad

cuenta = Cuenta()

def cliente(n):
    for _ in range(n):
        cuenta.depositar(10)

hilos = [threading.Thread(target=cliente, args=(5,)) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()

print("Saldo final:", cuenta.saldo)
assert cuenta.saldo == 150, f"se perdieron depósitos: {cuenta.saldo}"
