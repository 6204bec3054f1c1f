# esperado: carrera
# multiprocessing.dummy.Pool son hilos: contar con get() + asignación sin candado pierde cuentas.
from multiprocessing.dummy import Pool

cuentas = {}


def contar(palabra):
    cuentas[palabra] = cuentas.get(palabra, 0) + 1


with Pool(3) as p:
    p.map(contar, ["a", "b", "a", "c", "a", "b"])
assert cuentas == {"a": 3, "b": 2, "c": 1}, cuentas
print(cuentas)
