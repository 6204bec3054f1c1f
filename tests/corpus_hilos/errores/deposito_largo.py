# The race needs one thread to run a long stretch while the other is paused between two steps.
import threading

saldo = 0

def depositar(n):
    global saldo
    for _ in range(n):
        nuevo = saldo + 1
        saldo = nuevo

a = threading.Thread(target=depositar, args=(1,))
b = threading.Thread(target=depositar, args=(300,))
a.start(); b.start(); a.join(); b.join()
assert saldo == 301, saldo
