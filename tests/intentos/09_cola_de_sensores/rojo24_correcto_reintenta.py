# esperado: aprobado
# Correcto: get(timeout=1) que reintenta tras Empty hasta tener un resultado por lote; join al final
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while len(resultados) < len(lotes):
        try:
            resultados.append(cola.get(timeout=1))
        except queue.Empty:
            continue
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
