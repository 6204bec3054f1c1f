# esperado: aprobado
# Arreglo correcto: el Pool se crea dentro de main con un contexto spawn explícito; se encarga un apply_async por número y se recogen los AsyncResult con get() en el orden de entrada.
import multiprocessing


def calcular_cuadrado(n):
    return n * n


def main(numeros=(1, 2, 3, 4, 5)):
    contexto = multiprocessing.get_context("spawn")  # lo mismo en Windows, macOS y Linux
    with contexto.Pool(2) as pool:
        encargos = [pool.apply_async(calcular_cuadrado, (n,)) for n in numeros]
        resultados = [encargo.get() for encargo in encargos]
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
