# esperado: aprobado
# Reparación alternativa: sabe cuántos lotes esperar; mientras faltan, get(timeout=0.2) y, si no llegó nada, una pausa corta antes de volver a mirar. Nunca da la lectura por terminada por un silencio.
import multiprocessing
import queue
import time


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
            resultados.append(cola.get(timeout=0.2))
        except queue.Empty:
            time.sleep(0.05)
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
