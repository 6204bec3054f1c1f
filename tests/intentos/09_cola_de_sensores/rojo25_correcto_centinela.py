# esperado: aprobado
# Arreglo correcto: el hijo envía un resultado por lote y al final un centinela None; main lee con get() bloqueante hasta el centinela (vaciando el tubo mientras el hijo escribe) y solo entonces hace join.
import multiprocessing

_FIN = None


def calcular_cuadrado(lotes, cola):
    try:
        for lote in lotes:
            cola.put([n * n for n in lote])
    finally:
        cola.put(_FIN)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    resultados = []
    while True:
        resultado = cola.get()
        if resultado is _FIN:
            break
        resultados.append(resultado)
    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
