# esperado: excepcion
# A medias: un hilo suelta el _thread.RLock que tomó main -> RuntimeError
import threading, _thread

r = _thread.RLock()
r.acquire()

def suelta():
    r.release()

h = threading.Thread(target=suelta)
h.start(); h.join()
print("fin")
