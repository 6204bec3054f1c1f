# esperado: cuelgue
# Medio arreglo: SimpleQueue (sin hilo alimentador) y join antes de sacar: el put()
# del hijo escribe directamente en la tubería y se bloquea en cuanto se llena
# (64 KiB en Linux, un lote de unos miles de lecturas) mientras main espera el join.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.SimpleQueue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join()
    resultados = [cola.get() for _ in lotes]
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
