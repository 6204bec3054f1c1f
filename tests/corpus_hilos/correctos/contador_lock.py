import threading

saldo = 0
lock = threading.Lock()

def depositar(dinero):
    global saldo
    for _ in range(100):
        with lock:
            saldo += dinero

hilos = [threading.Thread(target=depositar, args=(1,)) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert saldo == 300, saldo
print(f"Saldo final: {saldo}")
