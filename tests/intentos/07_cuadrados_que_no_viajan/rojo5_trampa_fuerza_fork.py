# esperado: sin_concurrencia
# Esquiva: En vez de proteger la creación del Pool se fuerza el método fork al importar. En Linux «funciona»; en Windows fork no existe (ValueError al importar) y en macOS fork con hilos es inseguro: no funciona igual en los tres sistemas. Suspende como sin_concurrencia: con fork los hijos no llevan la instrumentación del verificador (evidencia inexacta, límite conocido; README).
import multiprocessing

multiprocessing.set_start_method("fork", force=True)


def calcular_cuadrado(n):
    return n * n


pool = multiprocessing.Pool(2)


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = pool.map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
