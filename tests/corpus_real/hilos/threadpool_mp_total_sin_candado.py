# esperado: carrera
# Las tareas del ThreadPool suman en un global sin candado: `total += x` pierde sumas.
from multiprocessing.pool import ThreadPool

total = 0


def sumar(x):
    global total
    for _ in range(100):
        total += x


with ThreadPool(4) as pool:
    pool.map(sumar, range(8))
assert total == 100 * sum(range(8)), total
print(total)
