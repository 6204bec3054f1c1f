# esperado: aprobado
# requiere: procesos
# Las excepciones de las tareas se recogen: un error_callback para apply_async y un try alrededor
# de executor.map (el segundo cero no se llega a leer, y no importa: el programa ya trató el fallo).
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def inversa(x):
    return 1 / x


if __name__ == "__main__":
    errores = []
    with Pool(2) as pool:
        for x in (1, 0, 4):
            pool.apply_async(inversa, (x,), error_callback=errores.append)
        pool.close()
        pool.join()
    print("errores:", len(errores))
    with ProcessPoolExecutor(2) as ex:
        try:
            print(list(ex.map(inversa, [1, 0, 2, 0])))
        except ZeroDivisionError:
            print("un cero en los datos")
