# esperado: carrera
# `Thread(target=lambda: trabajo(i))` dentro de un for: la lambda lee la
# variable global `i` cuando el hilo arranca, no cuando se crea. Main la
# reescribe en la siguiente vuelta sin sincronizar, así que según el orden dos
# hilos procesan el mismo índice y falta otro (el assert falla si el hilo 0
# empieza después de que main pase a la vuelta siguiente).
import threading

hechos = []
candado = threading.Lock()


def trabajo(n):
    with candado:
        hechos.append(n)


hilos = []
for i in range(3):
    h = threading.Thread(target=lambda: trabajo(i))
    h.start()
    hilos.append(h)
for h in hilos:
    h.join()
assert sorted(hechos) == [0, 1, 2], hechos
print(hechos)
