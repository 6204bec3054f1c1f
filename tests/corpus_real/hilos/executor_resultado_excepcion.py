# esperado: excepcion
# Una tarea del ejecutor lanza ZeroDivisionError; future.result() la relanza en
# el principal, que no la captura. Pasa en todas las ejecuciones.
from concurrent.futures import ThreadPoolExecutor, as_completed


def media(valores):
    return sum(valores) / len(valores)


lotes = [[1, 2, 3], [], [4, 5]]
with ThreadPoolExecutor(max_workers=2) as ex:
    futuros = [ex.submit(media, lote) for lote in lotes]
    for f in as_completed(futuros):
        print(f.result())
