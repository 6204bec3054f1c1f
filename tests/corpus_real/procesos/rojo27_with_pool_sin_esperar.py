# esperado: incompleto
# requiere: procesos
# Al salir del bloque with, Pool.__exit__ llama a terminate(): las tareas de apply_async aún pendientes se matan y main anuncia resultados incompletos (faltan close() + join() o .get()).
from multiprocessing import Pool
import time

def procesar(x):
    time.sleep(0.05)
    return x * 10

if __name__ == "__main__":
    resultados = []
    with Pool(2) as pool:
        for x in range(4):
            pool.apply_async(procesar, (x,), callback=resultados.append)
    print("Procesamiento terminado:", sorted(resultados))
