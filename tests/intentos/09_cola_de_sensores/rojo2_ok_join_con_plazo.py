# esperado: aprobado
# Reparación: main lee mientras el hijo siga vivo, con esperas acotadas
# (get(timeout=...), join(timeout=...)); cuando el hijo ya terminó, lo que
# queda en la cola ya está en la tubería y se vacía sin esperar.
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
            resultados.append(cola.get(timeout=0.5))
        except queue.Empty:
            proceso.join(timeout=0.1)
            if not proceso.is_alive() and cola.empty():
                break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
