# esperado: cuelgue
# requiere: procesos
# Lo mismo con JoinableQueue, pero el consumidor se salta task_done() para los
# números impares (un `continue` antes de tiempo). cola.join() del padre
# espera para siempre: el programa no termina en ninguna ejecución.
from multiprocessing import JoinableQueue, Process


def consumidor(tareas):
    while True:
        n = tareas.get()
        if n % 2:
            continue
        print("par", n)
        tareas.task_done()


if __name__ == "__main__":
    tareas = JoinableQueue()
    Process(target=consumidor, args=(tareas,), daemon=True).start()
    for n in range(4):
        tareas.put(n)
    tareas.join()
    print("todo hecho")
