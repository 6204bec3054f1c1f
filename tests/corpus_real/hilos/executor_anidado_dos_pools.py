# esperado: aprobado
# Tareas que lanzan subtareas: las subtareas van a otro ejecutor, así que una
# tarea que espera a su subtarea nunca ocupa el único hueco que esta necesita.
from concurrent.futures import ThreadPoolExecutor

externo = ThreadPoolExecutor(max_workers=2)
interno = ThreadPoolExecutor(max_workers=2)


def parte(n):
    return n + 1


def tarea(n):
    futuro = interno.submit(parte, n)
    return futuro.result() * 2


futuros = [externo.submit(tarea, i) for i in range(4)]
print([f.result() for f in futuros])
externo.shutdown()
interno.shutdown()
