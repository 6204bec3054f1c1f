# esperado: aprobado
# Arreglo correcto: El hijo manda None al acabar; main lee hasta el centinela y después hace join.
import multiprocessing

FIN = None


def calcular_cuadrado(lotes, cola):
    try:
        for lote in lotes:
            cola.put([n * n for n in lote])
    finally:
        cola.put(FIN)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    for resultado in iter(cola.get, FIN):
        resultados.append(resultado)
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

