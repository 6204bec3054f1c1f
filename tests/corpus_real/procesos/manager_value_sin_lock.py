# esperado: carrera
# requiere: procesos
# Manager().Value("i", 0) compartido por dos procesos con `v.value += 1` y sin
# candado: leer y escribir el valor son dos llamadas al gestor, y dos procesos
# que leen el mismo número pierden un incremento.
from multiprocessing import Manager, Process


def sumar(v, veces):
    for _ in range(veces):
        v.value += 1


if __name__ == "__main__":
    with Manager() as m:
        v = m.Value("i", 0)
        ps = [Process(target=sumar, args=(v, 200)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(v.value)
        assert v.value == 400, v.value
