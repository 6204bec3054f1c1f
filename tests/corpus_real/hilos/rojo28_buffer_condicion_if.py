# esperado: excepcion
# Se comprueba el búfer con «if» y no con «while»: otro consumidor puede vaciarlo antes de que el despertado retome el candado.
import threading

buffer = []
condicion = threading.Condition()
consumidos = []


def productor(n, consumidores):
    for i in range(n):
        with condicion:
            buffer.append(i)
            condicion.notify()
    for _ in range(consumidores):
        with condicion:
            buffer.append(None)
            condicion.notify()


def consumidor():
    while True:
        with condicion:
            if not buffer:
                condicion.wait()
            elemento = buffer.pop(0)
        if elemento is None:
            return
        consumidos.append(elemento)


hilos = [threading.Thread(target=consumidor) for _ in range(2)]
hilos.append(threading.Thread(target=productor, args=(10, 2)))
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Consumidos:", sorted(consumidos))
