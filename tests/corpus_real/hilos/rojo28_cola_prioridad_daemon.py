# esperado: aprobado
# Trabajadores daemon sobre PriorityQueue; task_done() va después de guardar el resultado y main espera con join().
import itertools
import queue
import threading

cola = queue.PriorityQueue()
orden = itertools.count()
hechos = []
candado = threading.Lock()


def encolar(prioridad, tarea):
    cola.put((prioridad, next(orden), tarea))


def trabajador():
    while True:
        prioridad, _, tarea = cola.get()
        resultado = tarea.upper()
        with candado:
            hechos.append((prioridad, resultado))
        cola.task_done()


for _ in range(2):
    threading.Thread(target=trabajador, daemon=True).start()

for prioridad, tarea in [(2, "enviar correo"), (1, "cobrar"), (3, "limpiar"), (1, "facturar"), (2, "avisar")]:
    encolar(prioridad, tarea)

cola.join()
for prioridad, resultado in sorted(hechos):
    print(prioridad, resultado)
assert len(hechos) == 5
