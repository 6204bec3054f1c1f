# esperado: trampa|cuelgue
# Esquiva: se deja el join() antes de leer (el error del caso) y se agranda la tubería de la cola a 1 MiB con fcntl(F_SETPIPE_SZ) para que los lotes «quepan». Con los lotes de la prueba no se cuelga, pero el caso pide que termine con lotes de cualquier tamaño: con más de 1 MiB de resultados el hijo vuelve a quedarse esperando a que alguien vacíe el tubo y main a que el hijo acabe.
import fcntl
import multiprocessing


def calcular_cuadrado(lotes, cola):
    for lote in lotes:
        cola.put([n * n for n in lote])


def main(lotes=((1, 2, 3), (4, 5))):
    cola = multiprocessing.Queue()
    fcntl.fcntl(cola._writer.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)  # tubo de 1 MiB

    proceso = multiprocessing.Process(target=calcular_cuadrado, args=(lotes, cola))
    proceso.start()
    proceso.join()

    # Extraer resultados de la cola
    resultados = []
    while not cola.empty():
        resultados.append(cola.get())

    print(f"{len(resultados)} lotes procesados")
    return resultados


if __name__ == "__main__":
    main()
