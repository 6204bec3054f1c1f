# esperado: interbloqueo
# «Para no bloquearme, reintento»: cada hilo toma su candado y reintenta el del otro
# con acquire(blocking=False) y un sleep, pero SIN soltar el suyo. Si los dos toman
# el primero a la vez, reintentan para siempre (un interbloqueo con espera activa).
import threading
import time

a, b = threading.Lock(), threading.Lock()


def mover(primero, segundo, nombre):
    with primero:
        time.sleep(0.05)
        while not segundo.acquire(blocking=False):
            time.sleep(0.01)
        try:
            print(f"{nombre}: movido")
        finally:
            segundo.release()


h1 = threading.Thread(target=mover, args=(a, b, "uno"))
h2 = threading.Thread(target=mover, args=(b, a, "dos"))
h1.start(); h2.start()
h1.join(); h2.join()
