# esperado: excepcion
# requiere: procesos
# cada trabajador del Pool añade a SU copia de la lista global: en el principal sigue vacía
from multiprocessing import Pool

resultados = []


def procesar(x):
    resultados.append(x * x)


if __name__ == "__main__":
    with Pool(3) as pool:
        pool.map(procesar, range(10))
    print("resultados:", resultados)
    print("media:", sum(resultados) / len(resultados))
