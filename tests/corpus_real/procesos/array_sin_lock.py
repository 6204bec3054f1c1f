# esperado: carrera
# requiere: procesos
# Un multiprocessing.Array('i', 2) de contadores: `contadores[0] += 1` lee y
# escribe en dos pasos; sin `with contadores.get_lock():` dos procesos pueden
# leer el mismo valor y perder incrementos.
from multiprocessing import Array, Process


def votar(contadores, veces):
    for _ in range(veces):
        contadores[0] += 1


if __name__ == "__main__":
    contadores = Array("i", 2)
    ps = [Process(target=votar, args=(contadores, 3000)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(contadores[0])
    assert contadores[0] == 9000, contadores[0]
