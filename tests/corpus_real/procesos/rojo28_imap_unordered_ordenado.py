# esperado: aprobado
# requiere: procesos
# imap_unordered devuelve en cualquier orden, pero cada resultado lleva su clave y se ordena al final
from multiprocessing import Pool

TEXTOS = [
    "el gato come pescado",
    "hola",
    "uno dos tres cuatro cinco seis",
    "procesos y colas",
    "a b",
    "la concurrencia no es paralelismo",
]


def contar(indice_y_texto):
    indice, texto = indice_y_texto
    total = 0
    for _ in range(2000):          # un poco de trabajo para que acaben desordenados
        total = len(texto.split())
    return indice, total


if __name__ == "__main__":
    with Pool(3) as pool:
        sueltos = list(pool.imap_unordered(contar, enumerate(TEXTOS)))
        en_orden = list(pool.imap(contar, enumerate(TEXTOS), chunksize=2))
    sueltos.sort()
    for (i, n), (j, m) in zip(sueltos, en_orden):
        assert i == j and n == m
        print(f"{TEXTOS[i]!r}: {n} palabras")
    assert [n for _, n in sueltos] == [len(t.split()) for t in TEXTOS]
