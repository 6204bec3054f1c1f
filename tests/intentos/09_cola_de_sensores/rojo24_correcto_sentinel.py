# esperado: aprobado
# Correcto: como q2, pero ve terminar al hijo con connection.wait([sentinel], timeout=0) antes de vaciar hasta Empty
import multiprocessing
import queue
from multiprocessing.connection import wait


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=0.5))
        except queue.Empty:
            if wait([proceso.sentinel], timeout=0):
                while True:
                    try:
                        resultados.append(cola.get(timeout=0.5))
                    except queue.Empty:
                        break
                break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
