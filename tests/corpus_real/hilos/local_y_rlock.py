# esperado: aprobado
# threading.local para el estado de cada hilo y un RLock tomado de forma reentrante.
import threading

datos = threading.local()
rl = threading.RLock()
totales = []


def interno(x):
    with rl:
        datos.suma += x


def externo(n):
    datos.suma = 0
    for i in range(n):
        with rl:
            interno(i)
    with rl:
        totales.append(datos.suma)


hs = [threading.Thread(target=externo, args=(5,)) for _ in range(3)]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert totales == [10, 10, 10]
