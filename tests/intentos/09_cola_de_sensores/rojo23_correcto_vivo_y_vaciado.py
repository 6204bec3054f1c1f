# esperado: aprobado
# Reparación alternativa: mientras haya hijos vivos (active_children), lee con get(timeout); cuando ya no queda ninguno, todo lo que enviaron está en la tubería y se vacía con get(timeout) corto hasta Empty.
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
    while multiprocessing.active_children():
        try:
            resultados.append(cola.get(timeout=0.3))
        except queue.Empty:
            pass
    while True:
        try:
            resultados.append(cola.get(timeout=0.3))
        except queue.Empty:
            break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
