# esperado: carrera
# A medias: main, con el candado, escribe como dueño el ident de OTRO hilo (que mira el dueño sin candado)
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
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()
    def ceder(self, ident):
        self._owner = ident

candado = MiRLock()
total = 0
ident_b = []
visto = threading.Event()

def sumar():
    global total
    ident_b.append(get_ident())
    visto.set()
    candado.acquire()
    total += 1
    candado.release()

candado.acquire()
b = threading.Thread(target=sumar)
b.start()
visto.wait()
t = total
candado.ceder(ident_b[0])
total = t + 1
candado.release()
b.join()
assert total == 2, total
print(total)
