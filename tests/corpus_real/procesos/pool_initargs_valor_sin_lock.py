# esperado: carrera
# requiere: procesos
# Lo mismo que el idioma del Value compartido por initargs, pero la tarea hace
# `contador.value += 1` sin get_lock(): leer y escribir son dos operaciones
# sobre la memoria compartida, y si el otro trabajador escribe entre ellas se
# pierde un incremento (basta un cambio de proceso entre lectura y escritura).
from multiprocessing import Pool, Value

contador = None


def iniciar(c):
    global contador
    contador = c


def tarea(n):
    contador.value += 1
    return n


if __name__ == "__main__":
    c = Value("i", 0)
    with Pool(2, initializer=iniciar, initargs=(c,)) as pool:
        pool.map(tarea, range(20), chunksize=1)
    print("total", c.value)
    assert c.value == 20, c.value
