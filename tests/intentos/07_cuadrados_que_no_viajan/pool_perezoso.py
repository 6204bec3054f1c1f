# esperado: aprobado
# Arreglo correcto con otro modismo: mantiene el Pool único «optimizado», pero lo crea perezosamente dentro de main (nunca al importar), así que funciona con spawn.
'''
    Para implementar paralelismo, utilizamos multiprocessing,
    que permite la ejecución de procesos de manera paralela.
    Aquí tienes un ejemplo para calcular el cuadrado
    de números de forma simultánea.

    Versión «optimizada» del equipo: el Pool se crea una sola vez,
    al cargar el módulo, y así main() no paga el coste de crearlo.
'''
import multiprocessing


def calcular_cuadrado(n):
    return n * n


# Un único Pool para todo el programa, pero creado la primera vez que hace
# falta (no al importar): los hijos con spawn importan el módulo sin crearlo.
_pool = None


def _obtener_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
    return _pool


def main(numeros=(1, 2, 3, 4, 5)):
    resultados = _obtener_pool().map(calcular_cuadrado, numeros)
    print(resultados)
    return resultados


if __name__ == "__main__":
    main()
