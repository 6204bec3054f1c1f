# esperado: cuelgue|incompleto
# Media reparación: lee antes del join con get(), pero solo mientras el hijo siga vivo; si el hijo termina con lotes aún en el tubo (caben en el búfer) antes de la comprobación, se pierden; si sigue vivo justo tras el último get, el siguiente get se cuelga para siempre.
'''
    Usamos Queue para que el proceso secundario
    pueda pasar datos de vuelta al proceso principal.

    Cada lote de lecturas de un sensor se eleva al cuadrado
    (la energía de la señal) en un proceso aparte.
'''
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    # Extraer resultados de la cola mientras el productor trabaja
    resultados = []
    while proceso.is_alive():
        resultados.append(cola.get())

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
