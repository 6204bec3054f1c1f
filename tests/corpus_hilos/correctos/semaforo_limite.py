import threading
import time

sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
dentro = 0
maximo = 0

def usar():
    global dentro, maximo
    with sem:
        with lock:
            dentro += 1
            maximo = max(maximo, dentro)
        time.sleep(0.1)
        with lock:
            dentro -= 1

hs = [threading.Thread(target=usar) for _ in range(5)]
for h in hs: h.start()
for h in hs: h.join()
assert maximo <= 2, maximo
