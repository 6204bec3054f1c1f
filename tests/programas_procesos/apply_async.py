"""apply_async sin get(): nadie recoge los resultados ni ve los errores."""
import multiprocessing


def cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3), recoger=False):
    with multiprocessing.Pool(2) as pool:
        pendientes = [pool.apply_async(cuadrado, (n,)) for n in numeros]
        if recoger:
            return [p.get() for p in pendientes]
    return [p.get(timeout=0) for p in pendientes if p.ready()]


if __name__ == "__main__":
    main()
