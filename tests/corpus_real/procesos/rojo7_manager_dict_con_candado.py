# esperado: aprobado
# requiere: procesos
# Recuento de palabras en un Manager().dict() desde varios procesos, cada
# actualización con un Lock del mismo Manager: correcto.
from multiprocessing import Manager, Process

TEXTOS = ["a b c a", "b c d", "a a d e"]


def contar(texto, recuento, candado):
    for palabra in texto.split():
        with candado:
            recuento[palabra] = recuento.get(palabra, 0) + 1


if __name__ == "__main__":
    with Manager() as m:
        recuento = m.dict()
        candado = m.Lock()
        procesos = [Process(target=contar, args=(t, recuento, candado)) for t in TEXTOS]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        final = dict(recuento)
    print(final)
    assert final == {"a": 4, "b": 2, "c": 2, "d": 2, "e": 1}
