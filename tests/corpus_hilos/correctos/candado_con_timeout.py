import threading
import time

lock = threading.Lock()
resultado = []

def ocupar():
    with lock:
        time.sleep(2)

def intentar():
    if lock.acquire(timeout=0.5):
        resultado.append("tomado")
        lock.release()
    else:
        resultado.append("no")

a = threading.Thread(target=ocupar)
a.start()
time.sleep(0.1)
b = threading.Thread(target=intentar)
b.start(); a.join(); b.join()
assert resultado == ["no"], resultado
