# esperado: carrera
# Conteo de palabras en un dict compartido desde un ThreadPoolExecutor sin
# candado: `conteo[p] = conteo.get(p, 0) + 1` de dos tareas pierde cuentas.
from concurrent.futures import ThreadPoolExecutor

conteo = {}
lineas = ["el gato y el perro", "el perro y el loro", "el loro y el gato"] * 2


def contar(linea):
    for palabra in linea.split():
        conteo[palabra] = conteo.get(palabra, 0) + 1


with ThreadPoolExecutor(max_workers=4) as ex:
    list(ex.map(contar, lineas))
print(conteo)
