# esperado: aprobado
# requiere: procesos
# ProcessPoolExecutor + as_completed: cada future se consulta con result() y sus excepciones se capturan
from concurrent.futures import ProcessPoolExecutor, as_completed


def dividir(a, b):
    return a / b


if __name__ == "__main__":
    pares = [(10, 2), (9, 3), (1, 0), (8, 4), (5, 0), (7, 7)]
    cocientes = {}
    errores = []
    with ProcessPoolExecutor(max_workers=2) as ex:
        futuros = {ex.submit(dividir, a, b): (a, b) for a, b in pares}
        for fut in as_completed(futuros):
            par = futuros[fut]
            try:
                cocientes[par] = fut.result()
            except ZeroDivisionError:
                errores.append(par)
    for par in sorted(cocientes):
        print(par, "->", cocientes[par])
    print("divisiones por cero:", sorted(errores))
    assert len(cocientes) == 4 and sorted(errores) == [(1, 0), (5, 0)]
