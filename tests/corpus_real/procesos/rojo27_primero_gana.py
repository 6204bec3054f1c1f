# esperado: aprobado
# requiere: procesos
# Correcto: «el primero que acabe gana»: espera el resultado de la primera tarea y termina el Pool a propósito; las demás sobran.
from multiprocessing import Pool
import time

def buscar(x):
    time.sleep(0.05 * (x + 1))
    return x

if __name__ == "__main__":
    with Pool(2) as pool:
        trabajos = [pool.apply_async(buscar, (x,)) for x in range(6)]
        primero = trabajos[0].get(timeout=10)
        pool.terminate()  # ya tenemos uno: el resto sobra
    print("primero:", primero)
