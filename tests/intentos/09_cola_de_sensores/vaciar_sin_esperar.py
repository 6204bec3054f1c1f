# esperado: cuelgue
# A medias: quita el primer join y lee mientras `not cola.empty()`: no llegó nada aún, y el join final espera a un hijo
# que no puede terminar con más de 64 KiB en el tubo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
