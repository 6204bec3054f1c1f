# esperado: aprobado
# Arreglo correcto: la cola es Manager().Queue(); cada put es una llamada completa al proceso Manager (no hay tubo que se llene ni hilo alimentador), así que tras join todo está ya en la cola y se saca con get_nowait.
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])  # vuelve cuando el Manager ya lo tiene guardado


def main(lotes=((1, 2, 3), (4, 5))):
    with multiprocessing.Manager() as manager:
        cola = manager.Queue()

        proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
        proceso.start()
        proceso.join()  # seguro: el hijo no deja datos a medio enviar

        resultados = []
        while True:
            try:
                resultados.append(cola.get_nowait())
            except queue.Empty:
                break

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
