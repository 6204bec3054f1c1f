# esperado: aprobado
# Búfer acotado de libro: un único Lock compartido por dos Condition
# (`no_lleno` y `no_vacio`), esperas con `while`, deque de capacidad 2, dos
# productores y dos consumidores que consumen exactamente lo producido.
import collections
import threading

CAPACIDAD = 2
candado = threading.Lock()
no_lleno = threading.Condition(candado)
no_vacio = threading.Condition(candado)
buffer = collections.deque()
consumidos = []


def poner(x):
    with no_lleno:
        while len(buffer) >= CAPACIDAD:
            no_lleno.wait()
        buffer.append(x)
        no_vacio.notify()


def sacar():
    with no_vacio:
        while not buffer:
            no_vacio.wait()
        x = buffer.popleft()
        no_lleno.notify()
        return x


def productor(base):
    for i in range(4):
        poner(base + i)


def consumidor():
    for _ in range(4):
        x = sacar()
        with candado:
            consumidos.append(x)


hilos = [threading.Thread(target=productor, args=(b,)) for b in (0, 100)]
hilos += [threading.Thread(target=consumidor) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert sorted(consumidos) == [0, 1, 2, 3, 100, 101, 102, 103], consumidos
print("consumidos:", sorted(consumidos))
