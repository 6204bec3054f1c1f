# esperado: aprobado
# Correcto: el hijo pone un centinela None al acabar; main lee con get() bloqueante hasta ver el centinela y solo entonces hace join, así el tubo siempre se vacía antes de esperar al hijo.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    try:
        for lote in lotes:
            cola.put([n * n for n in lote])
    finally:
        cola.put(None)  # fin de la transmisión


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    resultados = []
    while True:
        resultado = cola.get()
        if resultado is None:
            break
        resultados.append(resultado)

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
