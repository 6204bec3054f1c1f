# esperado: aprobado
# requiere: procesos
# apply_async con callback y error_callback: la tarea 3 lanza ValueError y el
# error llega al error_callback en el padre (no es una excepción sin capturar).
# close() + join() antes de leer las dos listas.
from multiprocessing import Pool

buenos = []
errores = []


def raiz_entera(n):
    if n == 3:
        raise ValueError("n no válido")
    return int(n ** 0.5)


if __name__ == "__main__":
    pool = Pool(2)
    for n in range(6):
        pool.apply_async(raiz_entera, (n,), callback=buenos.append,
                         error_callback=errores.append)
    pool.close()
    pool.join()
    print(sorted(buenos), [str(e) for e in errores])
    assert len(buenos) == 5 and len(errores) == 1
