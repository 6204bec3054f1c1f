# esperado: incompleto
# requiere: procesos
# El padre arranca los procesos que rellenan un Array compartido e imprime la
# suma enseguida, sin join(): lee el Array antes de que los hijos terminen
# (casi siempre sale 0). El join() va después, demasiado tarde.
from multiprocessing import Array, Process


def rellenar(arr, i):
    arr[i] = i + 1


if __name__ == "__main__":
    arr = Array("i", 4)
    ps = [Process(target=rellenar, args=(arr, i)) for i in range(4)]
    for p in ps:
        p.start()
    print("suma:", sum(arr[:]))
    for p in ps:
        p.join()
