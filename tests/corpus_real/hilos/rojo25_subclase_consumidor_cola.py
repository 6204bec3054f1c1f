# esperado: aprobado
# Correcto: consumidor daemon (subclase de Thread) con task_done; main espera con cola.join()
import threading, queue

class Consumidor(threading.Thread):
    def __init__(self, cola):
        super().__init__(daemon=True)
        self.cola = cola
        self.procesados = 0

    def run(self):
        while True:
            item = self.cola.get()
            self.procesados += 1
            self.cola.task_done()

cola = queue.Queue()
c = Consumidor(cola)
c.start()
for i in range(10):
    cola.put(i)
cola.join()
print("procesados", c.procesados)
