# esperado: aprobado
# Conteo de palabras con submit + as_completed: cada tarea cuenta su línea en un
# dict local y devuelve el resultado; el principal los junta (nada compartido).
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

lineas = ["a b a", "b c", "a c c", "d"]


def contar(linea):
    return Counter(linea.split())


total = Counter()
with ThreadPoolExecutor(max_workers=3) as ex:
    for f in as_completed([ex.submit(contar, l) for l in lineas]):
        total.update(f.result())
print(dict(total))
assert total == Counter({"a": 3, "c": 3, "b": 2, "d": 1})
