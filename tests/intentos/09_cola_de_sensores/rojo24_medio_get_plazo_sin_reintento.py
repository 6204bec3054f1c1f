# esperado: excepcion|incompleto|carrera|cuelgue
# A medias: un get(timeout=2) por lote sin reintento: si el hijo tarda más de 2 s en entregar, Empty
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = [cola.get(timeout=2) for _ in lotes]
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
