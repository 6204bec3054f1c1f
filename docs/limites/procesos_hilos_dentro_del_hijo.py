# esperado: carrera
# requiere: procesos
# límite: los hilos de un proceso hijo no se planifican: la carrera solo sale si la ejecución real tiene suerte (semilla 11 excepcion, 12 aprobado)
# Igual que con candado, pero los dos hilos de cada hijo hacen
# `cuenta = uno_mas(cuenta)` sin Lock: CPython puede cambiar de hilo al entrar en
# uno_mas (entre la lectura y la escritura de `cuenta`) y se pierden sumas. Con
# 20 000 vueltas por hilo se ve a menudo en las ejecuciones reales.
import threading
from multiprocessing import Process, Queue

cuenta = 0


def uno_mas(x):
    return x + 1


def sumar(n):
    global cuenta
    for _ in range(n):
        cuenta = uno_mas(cuenta)


def trabajador(cola, n):
    hilos = [threading.Thread(target=sumar, args=(n,)) for _ in range(2)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    cola.put(cuenta)


if __name__ == "__main__":
    cola = Queue()
    procesos = [Process(target=trabajador, args=(cola, 20000)) for _ in range(2)]
    for p in procesos:
        p.start()
    total = sum(cola.get() for _ in procesos)
    for p in procesos:
        p.join()
    print("total:", total)
    assert total == 80000
