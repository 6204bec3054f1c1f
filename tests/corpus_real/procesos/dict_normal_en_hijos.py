# esperado: incompleto
# requiere: procesos
# El «contador de palabras» con un dict normal pasado a cada Process: cada hijo
# cuenta en su copia y el padre imprime un diccionario vacío.
from multiprocessing import Process

textos = ["uno dos", "dos tres", "tres uno"]


def contar(texto, cuentas):
    for palabra in texto.split():
        cuentas[palabra] = cuentas.get(palabra, 0) + 1


if __name__ == "__main__":
    cuentas = {}
    procesos = [Process(target=contar, args=(t, cuentas)) for t in textos]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print("Cuentas:", cuentas)
    assert cuentas["uno"] == 2
