# esperado: aprobado
# Arreglo correcto: mientras el hijo vive, main saca lo que haya con get_nowait() (así el tubo nunca se llena); cuando el hijo ha terminado, todo lo que puso ya está en el tubo (un proceso no sale hasta vaciar su hilo alimentador), así que vaciar con empty() en ese momento sí es fiable.
import multiprocessing
import queue
import time


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while proceso.is_alive():
        try:
            resultados.append(cola.get_nowait())
        except queue.Empty:
            time.sleep(0.01)
    proceso.join()
    while not cola.empty():
        resultados.append(cola.get())
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
