# esperado: excepcion|incompleto|carrera
# A medias: map_async y luego un get(timeout=2) por número SIN reintento en una cola de multiprocessing (initializer): si un trabajador tarda más de 2 s, Empty
import multiprocessing

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
        pendiente = pool.map_async(calcular_cuadrado, list(enumerate(numeros)))
        pares = [cola.get(timeout=2) for _ in numeros]
        pendiente.get()
    resultados = [c for _, c in sorted(pares)]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
