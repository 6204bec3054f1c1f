# esperado: cuelgue
# A medias: lee con get(timeout=1) hasta que la cola calla 1 s. Si el hijo tarda más de 1 s (máquina cargada), el padre se va sin leer y hace join() con la tubería llena: el hijo no puede terminar (sus lotes pasan de 64 KiB) y el programa se queda parado para siempre.
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

    # Extraer resultados de la cola; si el sensor se calla 1 s, se da por acabado
    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=1))
        except queue.Empty:
            break
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
