# esperado: sin_concurrencia
# Esquiva: el hijo solo avisa de que terminó; los cuadrados los calcula el principal.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    cola.put("listo")


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    cola.get()
    proceso.join()
    resultados = [[n * n for n in lote] for lote in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
