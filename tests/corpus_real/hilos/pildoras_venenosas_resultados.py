# esperado: aprobado
# Grupo de trabajadores con «píldora venenosa»: una cola de tareas, una de
# resultados, y main mete un None por trabajador al final. Main recoge tantos
# resultados como tareas y une a los trabajadores.
import queue
import threading

N_TRAB = 3
tareas = queue.Queue()
resultados = queue.Queue()


def trabajador():
    while True:
        n = tareas.get()
        if n is None:
            break
        resultados.put((n, n ** 2))


hilos = [threading.Thread(target=trabajador) for _ in range(N_TRAB)]
for h in hilos:
    h.start()
for n in range(8):
    tareas.put(n)
for _ in hilos:
    tareas.put(None)
for h in hilos:
    h.join()
cuadrados = dict(resultados.get() for _ in range(8))
assert cuadrados == {n: n * n for n in range(8)}, cuadrados
print(cuadrados)
