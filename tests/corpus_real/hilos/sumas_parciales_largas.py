# esperado: aprobado
# Cada hilo suma su tramo (50 000 números) en una variable local y la suma al total
# una sola vez, con el candado: el modo de libro. Un bucle for que solo avanza su
# iterador no es una espera activa, por largo que sea.
import threading

total = 0
lock = threading.Lock()


def sumar_tramo(inicio, fin):
    global total
    parcial = 0
    for i in range(inicio, fin):
        parcial += i
    with lock:
        total += parcial


N = 200_000
hilos = [threading.Thread(target=sumar_tramo, args=(k * N // 4, (k + 1) * N // 4)) for k in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(total)
assert total == sum(range(N))
