# esperado: carrera
# A medias: el "dueño" se mira sin candado y un hilo escribe un valor que no es su identidad (otro ident)
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

candado = MiRLock()
total = 0
idents = {}
listo = threading.Barrier(2)

def sumar(nombre, otro):
    global total
    idents[nombre] = get_ident()
    listo.wait()
    candado.acquire()
    candado._owner = idents[otro]   # "le paso el turno" al otro
    t = total
    total = t + 1
    candado._owner = get_ident()
    candado.release()

hs = [threading.Thread(target=sumar, args=("a", "b")), threading.Thread(target=sumar, args=("b", "a"))]
for h in hs: h.start()
for h in hs: h.join()
assert total == 2, total
print(total)
