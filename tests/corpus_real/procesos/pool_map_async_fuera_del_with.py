# esperado: cuelgue
# requiere: procesos
# Pregunta clásica: `with Pool() as p: r = p.map_async(...)` y `r.get()`
# FUERA del with. Al salir del with, Pool.__exit__ llama a terminate(): los
# trabajadores mueren a mitad de las tareas y el resultado no llega nunca;
# get() sin plazo espera para siempre.
import time
from multiprocessing import Pool


def lento(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    with Pool(2) as p:
        r = p.map_async(lento, range(4))
    print(r.get())
