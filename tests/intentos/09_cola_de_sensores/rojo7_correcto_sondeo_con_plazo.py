# esperado: aprobado
# Reparación alternativa: lee con get(timeout) mientras el hijo vive; cuando ha
# terminado, todo lo que envió ya está en la tubería y se vacía con get_nowait.
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=0.05))
        except queue.Empty:
            if not proceso.is_alive():
                break
    while True:
        try:
            resultados.append(cola.get_nowait())
        except queue.Empty:
            break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
