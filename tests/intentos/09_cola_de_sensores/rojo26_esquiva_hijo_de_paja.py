# esperado: sin_concurrencia
# Esquiva: el proceso aparte arranca y termina sin calcular nada; main calcula los cuadrados y los mete él mismo en la cola para "leerlos de la cola".
import multiprocessing


def calcular_cuadrado(lotes, cola):
    cola.put("listo")


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    cola.get()  # el hijo avisa de que "terminó"
    proceso.join()

    for lote in lotes:
        cola.put([n * n for n in lote])
    resultados = [cola.get() for _ in lotes]

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
