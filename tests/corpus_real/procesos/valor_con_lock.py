# esperado: aprobado
# requiere: procesos
# multiprocessing.Value incrementado con su propio candado (get_lock()).
from multiprocessing import Process, Value


def sumar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            contador.value += 1


if __name__ == "__main__":
    contador = Value("i", 0)
    ps = [Process(target=sumar, args=(contador, 200)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(contador.value)
    assert contador.value == 400
