# esperado: aprobado
# Arreglo correcto: Pool como gestor de contexto dentro de main y starmap_async(...).get() con la función incorporada pow (que se serializa sin problema).
import multiprocessing


def main(numeros=(1, 2, 3, 4, 5)):
    with multiprocessing.Pool(2) as pool:
        resultados = pool.starmap_async(pow, [(n, 2) for n in numeros]).get()
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
