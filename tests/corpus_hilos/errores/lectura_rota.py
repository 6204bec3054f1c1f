# Torn read: two fields updated without a lock, read in between.
import threading

class Punto:
    def __init__(self):
        self.x = 0
        self.y = 0

p = Punto()

def mover():
    for i in range(1, 10):
        p.x = i
        p.y = i

def leer():
    for _ in range(10):
        x, y = p.x, p.y
        assert x == y, f"leído ({x}, {y})"

a = threading.Thread(target=mover)
b = threading.Thread(target=leer)
a.start(); b.start(); a.join(); b.join()
