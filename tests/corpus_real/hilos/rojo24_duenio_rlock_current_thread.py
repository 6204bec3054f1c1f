# esperado: aprobado
# Correcto: RLock casero que guarda threading.current_thread() (no el ident) y 0 al soltar
import threading

class MiRLock:
    def __init__(self):
        self._lock = threading.Lock()
        self._owner = 0
        self._count = 0
    def __enter__(self):
        yo = threading.current_thread()
        if self._owner is yo:
            self._count += 1
            return self
        self._lock.acquire()
        self._owner = yo
        self._count = 1
        return self
    def __exit__(self, *exc):
        self._count -= 1
        if self._count == 0:
            self._owner = 0
            self._lock.release()

candado = MiRLock()
saldo = 0

def depositar(n):
    global saldo
    with candado:
        with candado:
            saldo += n

hs = [threading.Thread(target=depositar, args=(i,)) for i in range(1, 4)]
for h in hs: h.start()
for h in hs: h.join()
assert saldo == 6, saldo
print(saldo)
