# esperado: aprobado
# Arreglo correcto: el hijo manda un centinela None tras el último lote; main hace get() hasta el centinela y solo después join().
'''
    Usamos Queue para que el proceso secundario
    pueda pasar datos de vuelta al proceso principal.

    Cada lote de lecturas de un sensor se eleva al cuadrado
    (la energía de la señal) en un proceso aparte.
'''
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])
    cola.put(None)  # centinela: no hay más lotes


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()

    # Extraer resultados de la cola (antes del join, para vaciar el tubo)
    resultados = []
    for resultado in iter(cola.get, None):
        resultados.append(resultado)

    proceso.join()

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
