import threading
import time

parar = threading.Event()
latidos = []
lock = threading.Lock()

def vigilante():
    while not parar.wait(0.2):
        with lock:
            latidos.append(1)

h = threading.Thread(target=vigilante, daemon=True)
h.start()
time.sleep(1)
parar.set()
h.join(timeout=1)
assert not h.is_alive()
with lock:
    assert 3 <= len(latidos) <= 6, len(latidos)
