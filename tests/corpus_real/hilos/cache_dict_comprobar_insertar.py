# esperado: carrera
# Caché en un dict: `if clave not in cache: cache[clave] = calcular(clave)`.
# Dos hilos piden la misma clave; si ambos ven que falta, los dos calculan
# (y el cálculo «caro» cuenta dos llamadas). El contador también se pisa.
import threading

cache = {}
llamadas = 0


def calcular(clave):
    global llamadas
    llamadas += 1
    return clave * 2


def obtener(clave):
    if clave not in cache:
        cache[clave] = calcular(clave)
    return cache[clave]


hilos = [threading.Thread(target=obtener, args=(7,)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("llamadas:", llamadas)
assert llamadas == 1, llamadas
