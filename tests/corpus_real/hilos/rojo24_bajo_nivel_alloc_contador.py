# esperado: aprobado
# Correcto: contador protegido con _thread.allocate_lock() en hilos de threading
import threading, _thread

lk = _thread.allocate_lock()
total = 0

def sumar():
    global total
    for _ in range(3):
        with lk:
            total += 1

hs = [threading.Thread(target=sumar) for _ in range(3)]
for h in hs: h.start()
for h in hs: h.join()
assert total == 9, total
print(total)
