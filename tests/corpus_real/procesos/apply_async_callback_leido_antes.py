# esperado: incompleto
# requiere: procesos
# Error: apply_async con un callback que guarda cada resultado en un diccionario
# y, sin esperar al pool (ni get(), ni close()/join()), el padre imprime el
# diccionario. Los callback se ejecutan cuando los trabajadores acaban: casi
# siempre después de imprimir. El close()/join() del final llega tarde.
from multiprocessing import Pool

cuadrados = {}


def cuadrado(x):
    return x, x * x


def guardar(par):
    cuadrados[par[0]] = par[1]


if __name__ == "__main__":
    pool = Pool(2)
    for x in range(6):
        pool.apply_async(cuadrado, (x,), callback=guardar)
    print("cuadrados:", dict(sorted(cuadrados.items())))
    pool.close()
    pool.join()
