# esperado: carrera
# requiere: procesos
# multiprocessing.RawValue no tiene candado: `contador.value += 1` desde dos
# procesos es leer y escribir la memoria compartida por separado, y se pierden
# incrementos cuando los dos leen el mismo valor.
from multiprocessing import Process, RawValue


def sumar(contador, veces):
    for _ in range(veces):
        contador.value += 1


if __name__ == "__main__":
    contador = RawValue("i", 0)
    ps = [Process(target=sumar, args=(contador, 2000)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(contador.value)
    assert contador.value == 4000, contador.value
