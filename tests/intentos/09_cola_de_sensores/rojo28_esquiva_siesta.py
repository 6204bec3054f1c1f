# esperado: interbloqueo|incompleto|cuelgue
# Esquiva: en vez de sincronizarse, duerme un segundo «para dar tiempo al hijo», vacía la cola con while not empty() y luego hace join; depende de la suerte del reparto de tiempos.
import multiprocessing
import time


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    time.sleep(1)  # tiempo de sobra para que el hijo termine

    resultados = []
    while not cola.empty():
        resultados.append(cola.get())

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
