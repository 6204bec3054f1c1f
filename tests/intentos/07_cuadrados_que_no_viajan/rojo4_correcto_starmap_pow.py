# esperado: aprobado
# Arreglo correcto: Starmap con la función integrada pow: el trabajo lo hacen igual los procesos del Pool.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.starmap(pow, [(n, 2) for n in numeros])
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()

