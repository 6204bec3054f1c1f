# esperado: carrera
# wait() vuelve cuando cada futuro acabó, pero sus add_done_callback corren después, en el hilo
# trabajador: main lee la lista mientras el último callback aún añade (sin orden entre ambos).
from concurrent.futures import ThreadPoolExecutor, wait

hechos = []

def tarea(n):
    return n * n

ex = ThreadPoolExecutor(max_workers=4)
futs = [ex.submit(tarea, i) for i in range(8)]
for f in futs:
    f.add_done_callback(lambda f: hechos.append(f.result()))
wait(futs)
print(len(hechos), sorted(hechos))
assert len(hechos) == 8, hechos
ex.shutdown()
