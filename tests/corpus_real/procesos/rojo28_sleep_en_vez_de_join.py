# esperado: excepcion
# requiere: procesos
# el principal "espera" con time.sleep en lugar de join(): con la máquina cargada lee el Array a medias
import time
from multiprocessing import Array, Process


def calcular(i, salida):
    total = 0
    for k in range(200000):
        total += k % (i + 2)
    salida[i] = total


if __name__ == "__main__":
    salida = Array("q", 4)
    procs = [Process(target=calcular, args=(i, salida)) for i in range(4)]
    for p in procs:
        p.start()
    time.sleep(0.5)                  # "les da tiempo de sobra"
    parciales = list(salida)
    print("parciales:", parciales)
    assert all(parciales), "algún proceso no había terminado"
    for p in procs:
        p.join()
