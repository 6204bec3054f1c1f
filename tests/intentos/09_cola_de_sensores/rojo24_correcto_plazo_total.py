# esperado: aprobado
# Correcto: reintenta con get(timeout=0.5) hasta 60 intentos (30 s de margen) antes de rendirse
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
    fallos = 0
    while len(resultados) < len(lotes):
        try:
            resultados.append(cola.get(timeout=0.5))
            fallos = 0
        except queue.Empty:
            fallos += 1
            if fallos > 60:
                raise RuntimeError("el productor no responde")
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
