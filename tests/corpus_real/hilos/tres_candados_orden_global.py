# esperado: aprobado
# Los mismos tres pares de candados, pero cada hilo los toma en un orden global
# (por id del candado en una lista): no puede formarse un ciclo.
import threading

candados = [threading.Lock() for _ in range(3)]
saldos = [100, 100, 100]


def mover(i, j, cantidad):
    primero, segundo = sorted((i, j))
    with candados[primero]:
        with candados[segundo]:
            saldos[i] -= cantidad
            saldos[j] += cantidad


hilos = [
    threading.Thread(target=mover, args=(0, 1, 10)),
    threading.Thread(target=mover, args=(1, 2, 20)),
    threading.Thread(target=mover, args=(2, 0, 30)),
]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(saldos)
assert saldos == [120, 90, 90] and sum(saldos) == 300
