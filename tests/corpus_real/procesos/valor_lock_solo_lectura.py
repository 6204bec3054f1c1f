# esperado: carrera
# requiere: procesos
# Se toma get_lock() solo para leer el Value; la suma se escribe después, ya
# sin candado: dos procesos leen el mismo valor y uno de los incrementos se
# pierde (real: con 2 × 2000 el total queda casi siempre por debajo).
from multiprocessing import Process, Value


def sumar(contador, veces):
    for _ in range(veces):
        with contador.get_lock():
            actual = contador.value
        contador.value = actual + 1


if __name__ == "__main__":
    contador = Value("i", 0)
    ps = [Process(target=sumar, args=(contador, 2000)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(contador.value)
    assert contador.value == 4000, contador.value
