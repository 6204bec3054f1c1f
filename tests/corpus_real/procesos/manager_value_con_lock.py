# esperado: aprobado
# requiere: procesos
# Manager().Value con Manager().Lock(): `v.value += 1` son dos llamadas al
# servidor, pero siempre con el candado del Manager tomado, en todos los
# procesos.
from multiprocessing import Manager, Process


def sumar(v, candado):
    for _ in range(4):
        with candado:
            v.value += 1


if __name__ == "__main__":
    with Manager() as m:
        v = m.Value("i", 0)
        candado = m.Lock()
        ps = [Process(target=sumar, args=(v, candado)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        final = v.value
    print(final)
    assert final == 8
