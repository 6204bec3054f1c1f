# esperado: aprobado
# Correcto: el hijo termina con un centinela None; main hace get(timeout=2) reintentando hasta verlo
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.put(None)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        try:
            r = cola.get(timeout=2)
        except queue.Empty:
            continue
        if r is None:
            break
        resultados.append(r)
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
