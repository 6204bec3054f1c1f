# esperado: aprobado
# `shutdown(cancel_futures=True)` (Python 3.9+): con un solo trabajador
# ocupado en la primera tarea, las nueve pendientes siguen en la cola y se
# cancelan; la que corre termina. main espera a que la primera haya empezado
# antes de cerrar, así que el recuento es siempre 1 hecha y 9 canceladas.
# (No se usa concurrent.futures.wait: no cuenta como hechos los futuros
# cancelados que nadie recogió; f.result() de la primera basta.)
import threading
from concurrent.futures import ThreadPoolExecutor

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
canceladas = sum(f.cancelled() for f in futuros)
hechas = [f.result() for f in futuros if not f.cancelled()]
print("hechas:", hechas, "canceladas:", canceladas)
assert hechas == [0] and canceladas == 9
