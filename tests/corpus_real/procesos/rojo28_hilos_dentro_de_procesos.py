# esperado: aprobado
# requiere: procesos
# cada proceso reparte su tramo entre hilos con un threading.Lock local y envía su suma por una SimpleQueue
import threading
from multiprocessing import Process, SimpleQueue


def proceso(ident, numeros, salida):
    total = 0
    candado = threading.Lock()

    def sumar(trozo):
        nonlocal total
        parcial = sum(trozo)
        with candado:
            total += parcial

    hilos = [threading.Thread(target=sumar, args=(numeros[k::3],)) for k in range(3)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    salida.put((ident, total))


if __name__ == "__main__":
    salida = SimpleQueue()
    datos = list(range(1, 601))
    procs = [Process(target=proceso, args=(i, datos[i::2], salida)) for i in range(2)]
    for p in procs:
        p.start()
    sumas = dict(salida.get() for _ in procs)
    for p in procs:
        p.join()
    print("sumas por proceso:", sorted(sumas.items()), "total:", sum(sumas.values()))
    assert sum(sumas.values()) == 600 * 601 // 2
