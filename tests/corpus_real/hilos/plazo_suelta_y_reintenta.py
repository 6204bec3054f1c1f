# esperado: aprobado
# Toma con plazo y, si vence, suelta lo que tiene, espera un poco y vuelve a
# empezar: nunca toca un saldo sin los dos candados (y no se interbloquea).
import threading, time

class CuentaBancaria:
    def __init__(self, numero, saldo):
        self.numero = numero
        self.saldo = saldo
        self.lock = threading.Lock()

    def transferir(self, otra_cuenta, cantidad):
        while True:
            with self.lock:
                if otra_cuenta.lock.acquire(timeout=0.1):
                    try:
                        self.saldo -= cantidad
                        otra_cuenta.saldo += cantidad
                        return
                    finally:
                        otra_cuenta.lock.release()
            time.sleep(0.01)

c1, c2 = CuentaBancaria(1, 500), CuentaBancaria(2, 300)
hs = [threading.Thread(target=c1.transferir, args=(c2, 200)), threading.Thread(target=c2.transferir, args=(c1, 100))]
for h in hs: h.start()
for h in hs: h.join()
assert c1.saldo + c2.saldo == 800
print(c1.saldo, c2.saldo)
