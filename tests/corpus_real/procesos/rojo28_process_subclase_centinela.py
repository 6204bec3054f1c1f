# esperado: aprobado
# requiere: procesos
# subclase de Process que produce en una Queue y termina con un centinela; el principal vacía y luego hace join
from multiprocessing import Process, Queue


class Productor(Process):
    def __init__(self, cola, n):
        super().__init__()
        self.cola = cola
        self.n = n

    def run(self):
        for i in range(self.n):
            self.cola.put({"id": i, "dato": "x" * 500})
        self.cola.put(None)  # centinela: no hay más


def main():
    cola = Queue()
    productor = Productor(cola, 300)   # ~150 KB: más que el búfer de la tubería
    productor.start()
    recibidos = []
    while True:
        item = cola.get()
        if item is None:
            break
        recibidos.append(item["id"])
    productor.join()
    print("recibidos:", len(recibidos), "exitcode:", productor.exitcode)
    assert recibidos == list(range(300))


if __name__ == "__main__":
    main()
