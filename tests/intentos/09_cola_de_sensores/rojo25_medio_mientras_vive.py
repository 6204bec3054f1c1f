# esperado: incompleto
# Media reparación: lee mientras el hijo está vivo (ya no hay join antes de leer), pero sale del bucle en cuanto is_alive() es False; si el hijo mete los últimos lotes en el tubo y muere justo después de que main viera la cola vacía, esos lotes se quedan sin leer.
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
        while not cola.empty():
            resultados.append(cola.get())
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
