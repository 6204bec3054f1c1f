# esperado: excepcion
# requiere: procesos
# Pool.map con una lambda: no se puede serializar (pickle) para enviarla a los
# trabajadores y map lanza PicklingError en el padre. Pasa siempre.
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(lambda x: x * x, range(5)))
