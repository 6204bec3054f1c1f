# esperado: aprobado
# requiere: procesos
# Value compartido incrementado con "with v.get_lock()": el += completo queda dentro del candado
from multiprocessing import Process, Value


def visitar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1


if __name__ == "__main__":
    contador = Value("i", 0)
    procs = [Process(target=visitar, args=(contador, 500)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("visitas:", contador.value)
    assert contador.value == 2000
