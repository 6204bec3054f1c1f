# esperado: aprobado
# requiere: procesos
# El idioma de Stack Overflow para compartir un Value con un Pool: se pasa por
# initializer/initargs (no como argumento de map) y cada tarea suma con
# `with contador.get_lock()`. Ningún incremento se pierde.
from multiprocessing import Pool, Value

contador = None


def iniciar(c):
    global contador
    contador = c


def tarea(n):
    with contador.get_lock():
        contador.value += n
    return n


if __name__ == "__main__":
    c = Value("i", 0)
    with Pool(2, initializer=iniciar, initargs=(c,)) as pool:
        pool.map(tarea, range(10))
    print("total", c.value)
    assert c.value == sum(range(10))
