# esperado: aprobado
# Future.add_done_callback con ThreadPoolExecutor: cada retrollamada apunta el
# resultado en una lista con un candado (corren en el hilo del trabajador, o en
# main si el futuro ya había acabado). Al salir del `with`, shutdown(wait=True)
# espera a los trabajadores, y las retrollamadas corren antes de que el
# trabajador coja la siguiente tarea: main lee la lista completa.
import threading
from concurrent.futures import ThreadPoolExecutor

hechos = []
candado = threading.Lock()


def cuadrado(n):
    return n * n


def apuntar(futuro):
    with candado:
        hechos.append(futuro.result())


with ThreadPoolExecutor(max_workers=3) as ex:
    for n in range(8):
        ex.submit(cuadrado, n).add_done_callback(apuntar)

print(sorted(hechos))
assert sorted(hechos) == [n * n for n in range(8)]
