# esperado: incompleto|carrera|excepcion
# A medias: cola de multiprocessing pasada por initializer; tras pool.map main vacía con get(timeout=1) hasta Empty, pero lo puesto por un trabajador puede seguir en su búfer (no ha terminado)
import multiprocessing
import queue

_cola = None


def _iniciar(cola):
    global _cola
    _cola = cola


def calcular_cuadrado(par):
    i, n = par
    _cola.put((i, n * n))
    return i


def main(numeros=(1, 2, 3, 4, 5)):
    cola = multiprocessing.Queue()
    with multiprocessing.Pool(2, initializer=_iniciar, initargs=(cola,)) as pool:
        pool.map(calcular_cuadrado, list(enumerate(numeros)))
        pares = []
        while True:
            try:
                pares.append(cola.get(timeout=1))
            except queue.Empty:
                break
    resultados = [c for _, c in sorted(pares)]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
