# esperado: aprobado
# multiprocessing.dummy.Pool con un candado común alrededor de la cuenta.
import threading
from multiprocessing.dummy import Pool

cuentas = {}
candado = threading.Lock()


def contar(palabra):
    with candado:
        cuentas[palabra] = cuentas.get(palabra, 0) + 1


with Pool(3) as p:
    p.map(contar, ["a", "b", "a", "c", "a", "b"])
assert cuentas == {"a": 3, "b": 2, "c": 1}, cuentas
print(cuentas)
