# esperado: aprobado
# Arreglo correcto: el hijo manda un centinela None al acabar; el principal lee con iter(cola.get, None) hasta el centinela (get bloqueante, sin empty()) y solo después hace join.
import multiprocessing

FIN = None


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.put(FIN)  # «ya no hay más»


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    # Leer mientras el hijo produce: así el tubo nunca se queda lleno
    resultados = list(iter(cola.get, FIN))

    proceso.join()  # ahora el hijo ya pudo vaciar todo y terminar

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
