# esperado: aprobado
# Arreglo correcto: sondea mientras el hijo vive O la cola aún tiene algo; cuando el hijo ya terminó, su alimentador volcó todo en la tubería antes de morir, así que una última pasada por la cola lo recoge todo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    resultados = []
    while proceso.is_alive() or not cola.empty():
        while not cola.empty():
            resultados.append(cola.get())
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
