# esperado: carrera
# Si el segundo candado no llega en 1 s, transfiere igual, sin él. Cuando los dos
# hilos se cruzan (cada uno con su primer candado), los dos plazos vencen y cada
# uno actualiza el saldo del otro sin su candado: actualizaciones perdidas.
import threading

class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()

    def transferir(self, otra_cuenta, cantidad):
        with self.lock:
            tengo = otra_cuenta.lock.acquire(timeout=1)
            try:
                self.saldo -= cantidad
                otra_cuenta.saldo += cantidad
            finally:
                if tengo:
                    otra_cuenta.lock.release()

c1, c2 = CuentaBancaria(1, 500), CuentaBancaria(2, 300)
hs = [threading.Thread(target=c1.transferir, args=(c2, 200)), threading.Thread(target=c2.transferir, args=(c1, 100))]
for h in hs: h.start()
for h in hs: h.join()
print(c1.saldo, c2.saldo)
