# esperado: aprobado
# Arreglo correcto: la cola es una Manager().Queue() (cada put se entrega al gestor de forma síncrona, sin tubo que llenar); el hijo puede terminar y main saca exactamente len(lotes) resultados con get().
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
    with multiprocessing.Manager() as manager:
        cola = manager.Queue()

        proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
        proceso.start()
        proceso.join()

        # Extraer resultados de la cola: uno por lote
        resultados = [cola.get() for _ in range(len(lotes))]

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
