# esperado: sin_concurrencia
# Esquiva: llama a la función en el propio principal y vacía la cola; ningún proceso hijo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    calcular_cuadrado(lotes, cola)
    resultados = [cola.get() for _ in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
