# esperado: cuelgue|incompleto
# A medias: Leer con get(timeout=1) hasta que salte Empty y entonces dar la lectura por terminada. Si el hijo tarda más de 1 s en producir el siguiente lote (lotes grandes, máquina cargada), el padre se rinde antes y faltan lotes.
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
