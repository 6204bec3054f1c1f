# esperado: incompleto
# Media reparación: sondea con get_nowait() y, cuando la cola está vacía, sale si el hijo ya no vive; si el hijo pone el último lote y termina justo entre el queue.Empty y el is_alive(), ese lote se queda en la tubería.
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
            resultados.append(cola.get_nowait())
        except queue.Empty:
            if not proceso.is_alive():
                break
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
