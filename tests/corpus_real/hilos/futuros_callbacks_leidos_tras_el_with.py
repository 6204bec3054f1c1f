# esperado: aprobado
# Los mismos callbacks, leídos al salir del `with`: shutdown(wait=True) espera a los trabajadores,
# y cada callback corre en su trabajador antes de que este acabe.
from concurrent.futures import ThreadPoolExecutor

hechos = []

def tarea(n):
    return n * n

with ThreadPoolExecutor(max_workers=4) as ex:
    for i in range(8):
        ex.submit(tarea, i).add_done_callback(lambda f: hechos.append(f.result()))
assert sorted(hechos) == [i * i for i in range(8)], hechos
print(sorted(hechos))
