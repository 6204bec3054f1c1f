# esperado: aprobado
# requiere: procesos
# JoinableQueue con task_done; join() de la cola, se vacían los resultados y se paran los trabajadores con centinelas
from multiprocessing import JoinableQueue, Process, Queue


def trabajador(tareas, resultados):
    while True:
        item = tareas.get()
        if item is None:
            tareas.task_done()
            break
        resultados.put((item, item * 3))
        tareas.task_done()


if __name__ == "__main__":
    tareas = JoinableQueue()
    resultados = Queue()
    procs = [Process(target=trabajador, args=(tareas, resultados)) for _ in range(3)]
    for p in procs:
        p.start()
    for i in range(20):
        tareas.put(i)
    for _ in procs:
        tareas.put(None)
    tareas.join()                      # todas las tareas marcadas como hechas
    salida = dict(resultados.get() for _ in range(20))
    for p in procs:
        p.join()
    print("suma:", sum(salida.values()))
    assert salida == {i: i * 3 for i in range(20)}
