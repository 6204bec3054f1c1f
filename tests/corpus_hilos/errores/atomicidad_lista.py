# Check-then-act on a shared list: duplicates appear.
import threading

vistos = []

def registrar(x):
    if x not in vistos:
        vistos.append(x)

hilos = [threading.Thread(target=registrar, args=(7,)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert vistos == [7], vistos
