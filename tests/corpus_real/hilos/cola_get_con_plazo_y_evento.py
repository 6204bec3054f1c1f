# esperado: aprobado
# Modismo de foro: el consumidor hace `cola.get(timeout=0.05)` en un bucle que
# mira un Event de parada y trata queue.Empty como «nada todavía». El principal
# espera con cola.join() a que se procesen todos, pone el evento y hace join().
# No se pierde nada: task_done() va tras cada elemento procesado.
import queue
import threading

cola = queue.Queue()
parar = threading.Event()
procesados = []


def consumidor():
    while not parar.is_set():
        try:
            x = cola.get(timeout=0.05)
        except queue.Empty:
            continue
        procesados.append(x * 3)
        cola.task_done()


c = threading.Thread(target=consumidor)
c.start()
for i in range(5):
    cola.put(i)
cola.join()
parar.set()
c.join()
assert procesados == [0, 3, 6, 9, 12], procesados
print(procesados)
