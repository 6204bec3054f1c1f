# esperado: aprobado
# requiere: procesos
# Un Array compartido: cada proceso suma en todas las casillas con el candado
# del propio Array.
from multiprocessing import Array, Process


def sumar(arr, veces):
    for _ in range(veces):
        with arr.get_lock():
            for i in range(len(arr)):
                arr[i] += 1


if __name__ == "__main__":
    arr = Array("i", 4)
    ps = [Process(target=sumar, args=(arr, 100)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(list(arr))
    assert list(arr) == [300] * 4
