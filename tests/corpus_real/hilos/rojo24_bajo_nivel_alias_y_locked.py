# esperado: aprobado
# Correcto: alias antiguos acquire_lock/release_lock/locked y acquire(0) no bloqueante con reintento
import threading, _thread, time

lk = _thread.allocate_lock()
total = 0

def sumar():
    global total
    for _ in range(2):
        while not lk.acquire(0):
            time.sleep(0.001)
        total += 1
        lk.release_lock()
    lk.acquire_lock()
    total += 1
    lk.release()

hs = [threading.Thread(target=sumar) for _ in range(2)]
for h in hs: h.start()
for h in hs: h.join()
assert total == 6 and not lk.locked(), total
print(total)
