# esperado: aprobado
# Subclase de Thread que guarda su resultado; se lee tras join().
import threading


class Sumador(threading.Thread):
    def __init__(self, datos):
        super().__init__()
        self.datos = datos
        self.resultado = None

    def run(self):
        self.resultado = sum(self.datos)


partes = [list(range(i, i + 10)) for i in range(0, 40, 10)]
hilos = [Sumador(p) for p in partes]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
total = sum(h.resultado for h in hilos)
print("total", total)
assert total == sum(range(40))
