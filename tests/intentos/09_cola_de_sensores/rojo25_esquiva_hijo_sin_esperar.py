# esperado: incompleto|cuelgue
# Esquiva: lee en la documentación que cancel_join_thread() evita que el hijo se quede esperando a vaciar la cola; lo llama en el hijo, hace join y recoge lo que haya con get(timeout) tragándose Empty. El hijo sale sin volcar lo que tenía en el búfer: faltan lotes (o queda un mensaje a medias en el tubo y get se queda leyendo).
import multiprocessing
import queue


def calcular_cuadrado(lotes, cola):
    cola.cancel_join_thread()  # que el hijo no se quede esperando al salir
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join()

    resultados = []
    while True:
        try:
            resultados.append(cola.get(timeout=0.5))
        except queue.Empty:
            break

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
