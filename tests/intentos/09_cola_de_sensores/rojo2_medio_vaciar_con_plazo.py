# esperado: incompleto|cuelgue
# Media reparación: se vacía la cola antes de join con get(timeout=1) hasta que
# salte Empty. Si el hijo tarda más de 1 s en producir un lote (máquina cargada,
# lote enorme), main deja de leer antes de tiempo y faltan lotes.
# (Con un hijo retrasado más de 1 s, main deja de leer; si lo que queda no cabe en la tubería, el join se cuelga; si cabe, faltan lotes.)
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
            resultados.append(cola.get(timeout=1))
        except queue.Empty:
            break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
