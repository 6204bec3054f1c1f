# esperado: aprobado
# requiere: procesos
# Cada proceso hijo reparte su trabajo entre dos hilos que suman con un Lock y
# envía el total por una Queue; el padre saca antes de join. Correcto.
import threading
from multiprocessing import Process, Queue


def trabajador(cola, n):
    cuenta = {"valor": 0}
    candado = threading.Lock()

    def sumar():
        for _ in range(n):
            with candado:
                cuenta["valor"] += 1

    hilos = [threading.Thread(target=sumar) for _ in range(2)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    cola.put(cuenta["valor"])


if __name__ == "__main__":
    cola = Queue()
    procesos = [Process(target=trabajador, args=(cola, 200)) for _ in range(2)]
    for p in procesos:
        p.start()
    total = sum(cola.get() for _ in procesos)
    for p in procesos:
        p.join()
    print("total:", total)
    assert total == 800
