# esperado: aprobado
# requiere: procesos
# Subclase de multiprocessing.Process que sobrescribe run() y devuelve su
# resultado por una Queue pasada al constructor; el padre lee un resultado por
# proceso y después une.
from multiprocessing import Process, Queue


class Sumador(Process):
    def __init__(self, desde, hasta, cola):
        super().__init__()
        self.desde, self.hasta, self.cola = desde, hasta, cola

    def run(self):
        self.cola.put(sum(range(self.desde, self.hasta)))


if __name__ == "__main__":
    cola = Queue()
    ps = [Sumador(i * 100, (i + 1) * 100, cola) for i in range(3)]
    for p in ps:
        p.start()
    total = sum(cola.get() for _ in ps)
    for p in ps:
        p.join()
    print(total)
    assert total == sum(range(300))
