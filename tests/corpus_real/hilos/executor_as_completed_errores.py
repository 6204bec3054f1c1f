# esperado: aprobado
# ThreadPoolExecutor + as_completed, como en la documentación, pero con tareas
# que fallan: cada fut.result() va dentro de try/except, así que la excepción
# de una tarea no se pierde ni rompe el programa. Las listas las toca solo el
# principal.
import concurrent.futures


def convertir(texto):
    return int(texto)


entradas = ["1", "2", "tres", "4", "cinco"]
buenos, malos = [], []
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    futuros = {ex.submit(convertir, t): t for t in entradas}
    for fut in concurrent.futures.as_completed(futuros):
        try:
            buenos.append(fut.result())
        except ValueError:
            malos.append(futuros[fut])
print(sorted(buenos), sorted(malos))
assert sorted(buenos) == [1, 2, 4] and sorted(malos) == ["cinco", "tres"]
