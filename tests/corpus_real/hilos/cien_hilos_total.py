# esperado: carrera
# 100 hilos que suman cada uno su parte a un total global sin candado.
import threading

total = 0


def sumar(n):
    global total
    total += n


hilos = [threading.Thread(target=sumar, args=(i,)) for i in range(100)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(total)
