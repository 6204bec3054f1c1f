# esperado: incompleto
# requiere: procesos
# Error: el padre espera (join) solo a la primera mitad de los hijos y lee el
# Array entero. Los demás pueden no haber escrito todavía su casilla: en una
# máquina tranquila casi siempre llegan a tiempo, con carga (o con un hijo que
# arranca tarde) la suma sale corta. El resto de join() va después de leer.
from multiprocessing import Array, Process


def rellenar(arr, i):
    arr[i] = i + 1


if __name__ == "__main__":
    arr = Array("i", 4)
    procesos = [Process(target=rellenar, args=(arr, i)) for i in range(4)]
    for p in procesos:
        p.start()
    for p in procesos[:2]:
        p.join()
    print("suma:", sum(arr[:]))
    for p in procesos[2:]:
        p.join()
