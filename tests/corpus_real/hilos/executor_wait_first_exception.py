# esperado: excepcion
# futures.wait(..., return_when=FIRST_EXCEPTION) vuelve en cuanto una tarea
# falla, pero el programa recorre `hechos` llamando a result() sin try: el
# result() de la tarea que falló relanza su ValueError en el principal.
import concurrent.futures as cf


def validar(n):
    if n == 3:
        raise ValueError(f"dato inválido: {n}")
    return n * 2


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futuros = [ex.submit(validar, n) for n in range(6)]
    hechos, pendientes = cf.wait(futuros, return_when=cf.FIRST_EXCEPTION)
    for f in hechos:
        print(f.result())
