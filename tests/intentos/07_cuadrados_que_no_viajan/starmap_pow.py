# esperado: aprobado
# Arreglo correcto con starmap y el builtin pow: los trabajadores hacen el trabajo sin código del alumno.
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.starmap(pow, [(n, 2) for n in numeros])
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
