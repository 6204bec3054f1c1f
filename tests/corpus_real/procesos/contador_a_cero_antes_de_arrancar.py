# esperado: aprobado
# requiere: procesos
# El contador se pone a cero antes de arrancar los procesos y cada uno cuenta con get_lock(): el total es siempre 800.
import multiprocessing


def contar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1


if __name__ == "__main__":
    contador = multiprocessing.Value("i", 5)
    procesos = [multiprocessing.Process(target=contar, args=(contador, 200)) for _ in range(4)]
    contador.value = 0
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print("Visitas:", contador.value)
    assert contador.value == 800, contador.value
