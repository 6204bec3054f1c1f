# esperado: aprobado
# Correcto: RLock casero; el dueño se mira sin candado pero solo cada hilo se escribe a sí mismo o None
import threading
from threading import get_ident

class MiRLock:
    def __init__(self):
        self._lock = threading.Lock()
        self._owner = None
        self._count = 0
    def acquire(self):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return
        self._lock.acquire()
        self._owner = me
        self._count = 1
    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("no es tuyo")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()

candado = MiRLock()
total = 0

def sumar():
    global total
    candado.acquire()
    candado.acquire()
    total += 1
    candado.release()
    candado.release()

hs = [threading.Thread(target=sumar) for _ in range(3)]
for h in hs: h.start()
for h in hs: h.join()
assert total == 3, total
print(total)
