# esperado: cuelgue|incompleto
# Medio arreglo: espera con plazo, vacía la cola mientras no esté vacía y luego
# join(). Si el hilo alimentador del hijo aún no ha escrito el siguiente lote
# cuando main ve la cola vacía (el hijo va un poco lento), main deja de leer:
# faltan lotes y, con lotes grandes, el join final se cuelga.
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join(timeout=1)
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())
    proceso.join()
    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
