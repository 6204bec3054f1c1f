# esperado: incompleto
# requiere: procesos
# close() sin join(): main lee la lista de resultados (rellenada por callbacks) antes de que los trabajadores terminen y anuncia el total incompleto.
from multiprocessing import Pool
import time

def procesar(x):
    time.sleep(0.02)
    return x + 100

if __name__ == "__main__":
    resultados = []
    pool = Pool(2)
    for x in range(4):
        pool.apply_async(procesar, (x,), callback=resultados.append)
    pool.close()
    # falta: pool.join()
    print("Total procesado:", sum(resultados), "de", len(resultados), "tareas")
