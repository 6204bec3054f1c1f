# esperado: incompleto|cuelgue
# A medias: Join(timeout=1) y luego vaciar con empty() sin join final: mientras el hijo sigue enviando, empty() puede decir True antes de tiempo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join(timeout=1)
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()

