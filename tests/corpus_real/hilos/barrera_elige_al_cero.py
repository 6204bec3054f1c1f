# esperado: aprobado
# Barrier.wait() devuelve un índice distinto a cada hilo: el que recibe 0 hace
# la tarea «de uno solo» (sumar los parciales). La primera barrera asegura que
# todos los parciales están escritos antes de sumar; la segunda, que el total
# está antes de que nadie lo lea.
import threading

N = 4
parciales = [0] * N
total = None
barrera = threading.Barrier(N)
vistos = [None] * N


def trabajar(i):
    global total
    parciales[i] = sum(range(i * 10, i * 10 + 10))
    if barrera.wait() == 0:
        total = sum(parciales)
    barrera.wait()
    vistos[i] = total


hilos = [threading.Thread(target=trabajar, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(total, vistos)
assert vistos == [sum(range(40))] * N
