# esperado: carrera
# requiere: procesos
# El mismo recuento sin candado: `recuento[p] = recuento.get(p, 0) + 1` son dos
# llamadas al gestor; si dos procesos leen la misma palabra antes de que el otro
# escriba, se pierde una (la «a» aparece en los tres textos).
from multiprocessing import Manager, Process

TEXTOS = ["a b c a", "b c d", "a a d e"]


def contar(texto, recuento):
    for palabra in texto.split():
        recuento[palabra] = recuento.get(palabra, 0) + 1


if __name__ == "__main__":
    with Manager() as m:
        recuento = m.dict()
        procesos = [Process(target=contar, args=(t, recuento)) for t in TEXTOS]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        final = dict(recuento)
    print(final)
    assert final == {"a": 4, "b": 2, "c": 2, "d": 2, "e": 1}
