# esperado: aprobado
# Correcto: un hijo A reparte los índices en la cola de tareas y acaba (close+join_thread: todo queda en la tubería); main lo ve acabar (join) y arranca al único lector B, que lee con get(timeout=1) y para en Empty: todo está ya en la tubería y no hay otro lector, así que Empty solo significa "no queda nada"
import multiprocessing
import queue


def repartir(n, tareas):
    for i in range(n):
        tareas.put(i)
    tareas.close()
    tareas.join_thread()


def calcular_cuadrado(lotes, tareas, cola):
    while True:
        try:
            i = tareas.get(timeout=1)
        except queue.Empty:
            break
        cola.put((i, [n * n for n in lotes[i]]))


def main(lotes=((1, 2, 3), (4, 5))):
    tareas = multiprocessing.Queue()
    cola = multiprocessing.Queue()
    repartidor = multiprocessing.Process(target=repartir, args=(len(lotes), tareas))
    repartidor.start()
    repartidor.join()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, tareas, cola))
    proceso.start()
    pares = [cola.get() for _ in lotes]
    proceso.join()
    resultados = [r for _, r in sorted(pares, key=lambda p: p[0])]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
