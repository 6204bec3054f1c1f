# esperado: carrera
# A medias: un camino suma sin tomar el candado de _thread
import threading, _thread

lk = _thread.allocate_lock()
total = 0

def con():
    global total
    lk.acquire()
    total += 1
    lk.release()

def sin():
    global total
    total += 1

hs = [threading.Thread(target=con), threading.Thread(target=sin)]
for h in hs: h.start()
for h in hs: h.join()
assert total == 2, total
