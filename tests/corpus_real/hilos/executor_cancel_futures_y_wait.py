# esperado: interbloqueo
# `shutdown(wait=False, cancel_futures=True)` y después
# `concurrent.futures.wait(futuros)`: las nueve tareas pendientes se cancelan
# al sacarlas de la cola, pero un futuro cancelado que ningún trabajador llegó
# a recoger no cuenta como terminado para wait() (CPython solo cuenta
# FINISHED y CANCELLED_AND_NOTIFIED). El trabajador acaba la primera y sale;
# main espera en wait() para siempre, en todas las ejecuciones.
import threading
from concurrent.futures import ThreadPoolExecutor, wait

empezo = threading.Event()
puerta = threading.Event()


def tarea(i):
    if i == 0:
        empezo.set()
        puerta.wait()
    return i


ex = ThreadPoolExecutor(max_workers=1)
futuros = [ex.submit(tarea, i) for i in range(10)]
empezo.wait()
ex.shutdown(wait=False, cancel_futures=True)
puerta.set()
wait(futuros)
canceladas = sum(f.cancelled() for f in futuros)
hechas = [f.result() for f in futuros if not f.cancelled()]
print("hechas:", hechas, "canceladas:", canceladas)
assert hechas == [0] and canceladas == 9
