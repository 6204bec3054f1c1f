# esperado: cuelgue
# A medias: lee antes del join, pero con `while proceso.is_alive(): cola.get()`: tras sacar el último lote el hijo sigue vivo unos milisegundos (vacía su hilo alimentador y sale), main vuelve a entrar en el bucle y se queda en un get() sin plazo que nadie atenderá.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while proceso.is_alive():
        resultados.append(cola.get())
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
