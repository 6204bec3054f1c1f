# esperado: aprobado
# Arreglo correcto: El hijo pone un centinela (None) tras el último lote; el padre lee hasta el centinela y solo entonces hace join (la cola ya está vacía: no hay cuelgue).
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.put(None)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    resultados = []
    for resultado in iter(cola.get, None):
        resultados.append(resultado)
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
