# esperado: cuelgue
# requiere: procesos
# El hijo consume una multiprocessing.Queue con `while True: cola.get()` y el
# padre, tras encolar, hace join() sin haber enviado centinela ni marcarlo
# daemon: el hijo espera un dato que no llegará y el padre espera al hijo.
from multiprocessing import Process, Queue


def consumidor(cola):
    while True:
        x = cola.get()
        print("procesado", x * 2)


if __name__ == "__main__":
    cola = Queue()
    p = Process(target=consumidor, args=(cola,))
    p.start()
    for i in range(3):
        cola.put(i)
    p.join()
