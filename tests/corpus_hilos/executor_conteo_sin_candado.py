# Word count through a pool of 4 workers, without a lock: lost updates (carrera).
from concurrent.futures import ThreadPoolExecutor

TEXTOS = ["el gato come", "el perro come", "un gato duerme", "el gato y el perro",
          "come el pez", "duerme el gato", "un perro ladra", "el pez nada"]
conteo = {}


def contar(texto):
    for palabra in texto.split():
        conteo[palabra] = conteo.get(palabra, 0) + 1


with ThreadPoolExecutor(max_workers=4) as ejecutor:
    list(ejecutor.map(contar, TEXTOS))

total = sum(len(t.split()) for t in TEXTOS)
assert sum(conteo.values()) == total, f"faltan palabras: {sum(conteo.values())} de {total}"
print(sorted(conteo.items()))
