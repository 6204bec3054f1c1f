# esperado: carrera
# requiere: procesos
# `contador.value += 1` no es atómico entre procesos sin get_lock().
from multiprocessing import Process, Value


def sumar(contador, veces):
    for _ in range(veces):
        contador.value += 1


if __name__ == "__main__":
    contador = Value("i", 0)
    ps = [Process(target=sumar, args=(contador, 2000)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    assert contador.value == 4000, contador.value
