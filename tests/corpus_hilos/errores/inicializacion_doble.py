# Lazy initialisation without a lock: two instances get created.
import threading
instancia = None
creadas = []
class Config:
    def __init__(self):
        creadas.append(self)
def obtener():
    global instancia
    if instancia is None:
        instancia = Config()
    return instancia
hs = [threading.Thread(target=obtener) for _ in range(2)]
for h in hs: h.start()
for h in hs: h.join()
assert len(creadas) == 1, len(creadas)
