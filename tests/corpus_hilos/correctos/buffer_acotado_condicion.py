import threading

class Buffer:
    def __init__(self, capacidad):
        self.items = []
        self.capacidad = capacidad
        self.cond = threading.Condition()

    def poner(self, x):
        with self.cond:
            while len(self.items) >= self.capacidad:
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()

    def sacar(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            x = self.items.pop(0)
            self.cond.notify_all()
            return x

b = Buffer(2)
salida = []
lock = threading.Lock()

def productor(base):
    for i in range(4):
        b.poner(base + i)

def consumidor():
    for _ in range(4):
        x = b.sacar()
        with lock:
            salida.append(x)

hs = [threading.Thread(target=productor, args=(0,)), threading.Thread(target=productor, args=(100,)),
      threading.Thread(target=consumidor), threading.Thread(target=consumidor)]
for h in hs: h.start()
for h in hs: h.join()
assert sorted(salida) == [0, 1, 2, 3, 100, 101, 102, 103], salida
