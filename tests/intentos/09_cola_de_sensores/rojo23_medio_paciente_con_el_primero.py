# esperado: incompleto|cuelgue
# A medias: espera con paciencia el primer lote (reintenta mientras no ha llegado nada) y después da la lectura por terminada al primer silencio de 1 s. Si el hijo tarda más de 1 s con un lote que no es el primero, main se va sin él y hace join() con lotes grandes sin leer.
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
            if resultados:
                break
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
