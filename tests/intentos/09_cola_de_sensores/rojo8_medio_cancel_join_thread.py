# esperado: cuelgue|incompleto
# A medias: el hijo llama a cola.cancel_join_thread() «para no quedarse esperando» y main conserva join() antes de leer: el hijo sale sin terminar de escribir en el tubo (lo que no cabía en los 64 KiB se pierde, y el último mensaje puede quedar cortado), así que main recoge menos lotes o se queda leyendo un mensaje a medias.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    cola.cancel_join_thread()
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join()
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
