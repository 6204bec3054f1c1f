# esperado: aprobado
# requiere: procesos
# Un hijo lanza un hilo que espera 1,5 s (un «latido» de calentamiento) y lo
# espera con join() antes de enviar su resultado por la cola; el principal
# lee la cola antes del join() del hijo.
import multiprocessing
import threading
import time


def calentar(estado):
    time.sleep(1.5)
    estado["listo"] = True


def trabajador(cola):
    estado = {}
    hilo = threading.Thread(target=calentar, args=(estado,))
    hilo.start()
    hilo.join()
    cola.put(estado.get("listo", False))


if __name__ == "__main__":
    cola = multiprocessing.Queue()
    hijo = multiprocessing.Process(target=trabajador, args=(cola,))
    hijo.start()
    print("listo:", cola.get())
    hijo.join()
