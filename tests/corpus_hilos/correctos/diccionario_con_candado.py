import threading

conteo = {}
lock = threading.Lock()

def contar(palabras):
    for p in palabras:
        with lock:
            conteo[p] = conteo.get(p, 0) + 1

hs = [threading.Thread(target=contar, args=(["a", "b", "a"],)) for _ in range(3)]
for h in hs: h.start()
for h in hs: h.join()
assert conteo == {"a": 6, "b": 3}
