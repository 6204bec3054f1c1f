import queue
import threading

cola = queue.Queue()
FIN = object()

class Pedido:
    def __init__(self, n):
        self.n = n
        self.estado = "nuevo"

def productor():
    for i in range(5):
        p = Pedido(i)
        p.estado = "preparado"
        cola.put(p)
    for _ in range(2):
        cola.put(FIN)

servidos = []
lock = threading.Lock()

def consumidor():
    while True:
        p = cola.get()
        if p is FIN:
            return
        p.estado = "servido"
        with lock:
            servidos.append(p)

hs = [threading.Thread(target=productor)] + [threading.Thread(target=consumidor) for _ in range(2)]
for h in hs: h.start()
for h in hs: h.join()
assert sorted(p.n for p in servidos) == list(range(5))
assert all(p.estado == "servido" for p in servidos)
