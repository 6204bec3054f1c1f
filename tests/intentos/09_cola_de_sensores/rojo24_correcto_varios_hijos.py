# esperado: aprobado
# Correcto: un hijo por lote que envía (índice, resultado); main lee con get(timeout=1) y, tras Empty, si active_children() está vacío vacía lo que quede; ordena por índice
import multiprocessing
import queue


def calcular_cuadrado(i, lote, cola):
    cola.put((i, [n * n for n in lote]))


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=calcular_cuadrado, args=(i, lote, cola))
                for i, lote in enumerate(lotes)]
    for p in procesos:
        p.start()
    pares = []
    while len(pares) < len(lotes):
        try:
            pares.append(cola.get(timeout=1))
        except queue.Empty:
            if not multiprocessing.active_children():
                while len(pares) < len(lotes):
                    pares.append(cola.get(timeout=1))
    for p in procesos:
        p.join()
    resultados = [r for _, r in sorted(pares, key=lambda p: p[0])]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
