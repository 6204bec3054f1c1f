# esperado: incompleto|carrera
# Media reparación: un proceso por lote, cada uno con su centinela; main se para
# en el PRIMER centinela (y además guarda en orden de llegada): faltan lotes.
# Dos fallos, dos tipos: si todos los resultados llegan antes del primer centinela
# (un orden posible del relevo), lo que queda a la vista es el orden de llegada:
# `carrera`, como en rojo2_medio_orden_de_llegada.
import multiprocessing


def calcular_lote(lote, cola):
    cola.put([n * n for n in lote])
    cola.put(None)


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=calcular_lote, args=(lote, cola)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    resultados = []
    for resultado in iter(cola.get, None):
        resultados.append(resultado)
    for proceso in procesos:
        proceso.terminate()
        proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
