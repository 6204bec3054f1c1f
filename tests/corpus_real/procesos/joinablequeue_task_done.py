# esperado: aprobado
# requiere: procesos
# multiprocessing.JoinableQueue: dos procesos consumidores daemon hacen
# task_done() por cada elemento y escriben el resultado en otra Queue; el padre
# espera con cola.join() y luego lee exactamente tantos resultados como puso.
from multiprocessing import JoinableQueue, Process, Queue


def consumidor(tareas, resultados):
    while True:
        n = tareas.get()
        resultados.put(n * 3)
        tareas.task_done()


if __name__ == "__main__":
    tareas = JoinableQueue()
    resultados = Queue()
    for _ in range(2):
        Process(target=consumidor, args=(tareas, resultados), daemon=True).start()
    for n in range(6):
        tareas.put(n)
    tareas.join()
    valores = sorted(resultados.get() for _ in range(6))
    print(valores)
    assert valores == [n * 3 for n in range(6)]
