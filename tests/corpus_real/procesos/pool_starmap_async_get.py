# esperado: aprobado
# requiere: procesos
# Pool.starmap_async con get(timeout) dentro del with: get() espera a todas las
# tareas antes de que el with termine el pool, y devuelve en el orden de los
# argumentos.
from multiprocessing import Pool


def potencia(base, exp):
    return base ** exp


if __name__ == "__main__":
    with Pool(2) as p:
        r = p.starmap_async(potencia, [(2, 3), (3, 2), (5, 1), (7, 0)])
        resultados = r.get(timeout=30)
    print(resultados)
    assert resultados == [8, 9, 5, 1]
