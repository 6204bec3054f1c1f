# esperado: aprobado
# Un error_callback recoge el fallo de cada tarea.
from multiprocessing.pool import ThreadPool

errores = []


def media(valores):
    return sum(valores) / len(valores)


with ThreadPool(2) as pool:
    for v in ([1, 2], [], [3]):
        pool.apply_async(media, (v,), error_callback=errores.append)
    pool.close()
    pool.join()
print("errores:", len(errores))
