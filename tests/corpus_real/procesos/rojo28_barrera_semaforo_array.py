# esperado: aprobado
# requiere: procesos
# Barrier entre procesos separa dos fases: en la segunda cada uno lee lo que el vecino escribió en la primera
from multiprocessing import Array, Barrier, Process, Semaphore

N = 4


def trabajador(i, barrera, sem, fase1, fase2):
    fase1[i] = (i + 1) * 10            # fase 1: solo mi casilla
    barrera.wait()                     # nadie pasa hasta que todos han escrito
    with sem:                          # como mucho 2 a la vez en la fase 2
        fase2[i] = fase1[i] + fase1[(i + 1) % N]


if __name__ == "__main__":
    barrera = Barrier(N)
    sem = Semaphore(2)
    fase1 = Array("i", N)
    fase2 = Array("i", N)
    procs = [Process(target=trabajador, args=(i, barrera, sem, fase1, fase2)) for i in range(N)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("fase 2:", list(fase2))
    assert list(fase2) == [30, 50, 70, 50]
