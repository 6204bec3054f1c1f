# esperado: aprobado
# Un trabajador daemon suma lo que saca de la cola sin candado; el principal
# espera con cola.join() (todas las task_done hechas) y solo entonces toca el
# total, esta vez con candado: join() sucede después de la última task_done(),
# también cuando (tras la pausa) ya estaba todo hecho y join() no espera.
import queue
import threading
import time

cola = queue.Queue()
candado = threading.Lock()
total = {"n": 0}


def trabajador():
    while True:
        item = cola.get()
        total["n"] += item
        cola.task_done()


threading.Thread(target=trabajador, daemon=True).start()
for i in range(4):
    cola.put(i)
time.sleep(0.5)
cola.join()
with candado:
    total["n"] += 10
assert total["n"] == 16, total
