# esperado: aprobado
# Correcto: lee con get(timeout=0.3) mientras exitcode sea None o la cola no esté vacía (tras ver al hijo terminado, empty() es fiable)
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
    while proceso.exitcode is None or not cola.empty():
        try:
            resultados.append(cola.get(timeout=0.3))
        except queue.Empty:
            pass
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
