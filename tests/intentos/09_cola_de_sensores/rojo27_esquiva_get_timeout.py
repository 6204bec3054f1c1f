# esperado: cuelgue|interbloqueo
# Esquiva: lee con get(timeout=1) y se traga queue.Empty: "cuando deje de llegar, ya está"; si el hijo tarda más de 1 s entre lotes (o en arrancar), se pierden lotes sin error.
'''
    Usamos Queue para que el proceso secundario
    pueda pasar datos de vuelta al proceso principal.

    Cada lote de lecturas de un sensor se eleva al cuadrado
    (la energía de la señal) en un proceso aparte.
'''
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    # Extraer resultados de la cola
    resultados = []
    try:
        while True:
            resultados.append(cola.get(timeout=1))
    except queue.Empty:
        pass

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
