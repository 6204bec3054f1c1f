# esperado: incompleto|cuelgue
# A medias: Lee con get(timeout=2) hasta que salta Empty: si el hijo tarda más de 2 s en enviar el siguiente lote, main lo da por terminado, y el join posterior espera a un hijo bloqueado escribiendo lotes grandes que nadie lee.
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
    while True:
        try:
            resultados.append(cola.get(timeout=2))
        except queue.Empty:
            break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
