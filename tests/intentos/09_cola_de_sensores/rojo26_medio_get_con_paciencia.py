# esperado: cuelgue
# Media reparación: lee antes del join pero con get(timeout=2) y se rinde al primer queue.Empty; si el hijo tarda >2 s entre lotes, main sale del bucle y hace join con lotes grandes aún sin leer: el alimentador de la cola no puede vaciar la tubería y todo se cuelga (con lotes pequeños, devuelve menos lotes: incompleto).
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
    while len(resultados) < len(lotes):
        try:
            resultados.append(cola.get(timeout=2))
        except queue.Empty:
            break  # "si en 2 s no llega nada, es que ya no queda nada"

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
