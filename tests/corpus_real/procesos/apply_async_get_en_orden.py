# esperado: aprobado
# requiere: procesos
# apply_async sin callback: se guardan los AsyncResult en el orden de envío y
# se leen con get() en ese mismo orden; cada get espera a su propia tarea.
from multiprocessing import Pool


def triple(n):
    return 3 * n


if __name__ == "__main__":
    with Pool(3) as pool:
        pendientes = [pool.apply_async(triple, (n,)) for n in range(8)]
        triples = [r.get() for r in pendientes]
    print(triples)
    assert triples == [3 * n for n in range(8)], triples
