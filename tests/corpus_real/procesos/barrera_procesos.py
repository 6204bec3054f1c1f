# esperado: aprobado
# requiere: procesos
# multiprocessing.Barrier entre tres procesos: cada uno escribe su casilla en
# un Array, espera en la barrera y luego comprueba que todas están escritas.
from multiprocessing import Array, Barrier, Process


def fase(barrera, casillas, i):
    casillas[i] = 1
    barrera.wait()
    assert all(casillas[j] == 1 for j in range(len(casillas))), casillas[:]


if __name__ == "__main__":
    barrera = Barrier(3)
    casillas = Array("i", 3)
    ps = [Process(target=fase, args=(barrera, casillas, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    assert all(p.exitcode == 0 for p in ps)
