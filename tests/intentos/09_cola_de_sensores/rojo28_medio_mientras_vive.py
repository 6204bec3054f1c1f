# esperado: incompleto|carrera
# Media reparación: lee la cola mientras el hijo sigue vivo (ya no se cuelga), pero si el último lote entra en el tubo justo después de un empty() y el hijo muere antes del siguiente is_alive(), ese lote se queda sin leer.
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
