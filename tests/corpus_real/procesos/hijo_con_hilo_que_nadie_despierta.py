# esperado: cuelgue
# requiere: procesos
# El hijo arranca un hilo consumidor que espera en una queue.Queue (de hilos)
# el centinela None; el hijo pone los datos, pero olvida el centinela y hace
# join() del hilo: el hilo espera para siempre, el hijo también, y el
# principal en su join() del hijo.
import multiprocessing
import queue
import threading


def consumir(pendientes, total):
    while True:
        dato = pendientes.get()
        if dato is None:
            break
        total.append(dato)


def trabajador(resultado):
    pendientes = queue.Queue()
    total = []
    hilo = threading.Thread(target=consumir, args=(pendientes, total))
    hilo.start()
    for n in range(5):
        pendientes.put(n)
    hilo.join()  # falta pendientes.put(None)
    resultado.value = sum(total)


if __name__ == "__main__":
    resultado = multiprocessing.Value("i", 0)
    hijo = multiprocessing.Process(target=trabajador, args=(resultado,))
    hijo.start()
    hijo.join()
    print(resultado.value)
