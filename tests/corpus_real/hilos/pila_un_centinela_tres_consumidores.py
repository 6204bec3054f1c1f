# esperado: interbloqueo
# Un productor pone UN solo centinela para TRES consumidores de una LifoQueue:
# el primero que lo saca termina, los otros dos se quedan en get() para
# siempre y el principal espera en join(). Pasa en cualquier orden.
import queue
import threading

pila = queue.LifoQueue()


def consumidor(n):
    while True:
        x = pila.get()
        if x is None:
            print("consumidor", n, "termina")
            break
        print("consumidor", n, "procesa", x)


consumidores = [threading.Thread(target=consumidor, args=(n,)) for n in range(3)]
for c in consumidores:
    c.start()
for i in range(6):
    pila.put(i)
pila.put(None)
for c in consumidores:
    c.join()
