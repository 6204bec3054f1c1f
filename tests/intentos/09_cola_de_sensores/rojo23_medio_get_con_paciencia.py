# esperado: cuelgue|incompleto|carrera
# A medias: lee antes del join, pero con get(timeout=2) hasta que salte queue.Empty; si el hijo tarda más de 2 s en producir algún lote (arranque spawn lento, lote enorme, máquina cargada), main da la cola por terminada, pierde lotes y además hace join con datos grandes aún sin leer, lo que vuelve a congelarlo.
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
