# esperado: aprobado
# requiere: procesos
# Correcto: close() y join() dentro del with: cuando terminate() llega, todas las tareas acabaron y sus callbacks llenaron la lista.
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
        pool.close()
        pool.join()
    print("Procesamiento terminado:", sorted(resultados))
    assert sorted(resultados) == [0, 10, 20, 30]
