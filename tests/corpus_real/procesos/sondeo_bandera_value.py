# esperado: aprobado
# requiere: procesos
# Espera activa correcta: el hijo rellena el Array y, DESPUÉS, pone la bandera
# `hecho` (un Value). El padre no hace join() hasta el final: sondea la bandera
# con time.sleep y solo lee el Array cuando la ve puesta. Lo escrito antes de
# la bandera se ve después de verla, así que el padre nunca lee a medias.
# (Un hijo retenido por el verificador se suelta cuando el padre se cansa de
# sondear: el programa no se cuelga.)
import time
from multiprocessing import Array, Process, Value


def rellenar(arr, hecho):
    for i in range(len(arr)):
        arr[i] = (i + 1) * 10
    hecho.value = 1


if __name__ == "__main__":
    arr = Array("i", 5)
    hecho = Value("i", 0)
    p = Process(target=rellenar, args=(arr, hecho))
    p.start()
    while not hecho.value:
        time.sleep(0.01)
    datos = arr[:]
    assert datos == [10, 20, 30, 40, 50], datos
    print("datos:", datos)
    p.join()
