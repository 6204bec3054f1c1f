# esperado: incompleto
# shutdown(wait=False) no espera a las tareas enviadas; main imprime los resultados recogidos por callbacks antes de que las tareas terminen.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

resultados = []
lock = threading.Lock()

def tarea(n):
    time.sleep(0.01)
    return n * 3

def recoger(fut):
    with lock:
        resultados.append(fut.result())

ex = ThreadPoolExecutor(max_workers=2)
for n in range(4):
    ex.submit(tarea, n).add_done_callback(recoger)
ex.shutdown(wait=False)
print("Resultados finales:", sorted(resultados))
