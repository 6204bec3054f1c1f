# Three philosophers, each takes the left chopstick then the right: a 3-lock cycle.
import threading
palillos = [threading.Lock() for _ in range(3)]
def filosofo(i):
    izq, der = palillos[i], palillos[(i + 1) % 3]
    with izq:
        with der:
            pass
hs = [threading.Thread(target=filosofo, args=(i,)) for i in range(3)]
for h in hs: h.start()
for h in hs: h.join()
