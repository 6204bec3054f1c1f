# esperado: aprobado
# Un decorador `@sincronizado` (idioma copiado de Java) que envuelve la función
# con un Lock propio del decorador; todas las escrituras de `inventario`
# pasan por funciones decoradas con el mismo candado.
import functools
import threading

_candado = threading.RLock()


def sincronizado(f):
    @functools.wraps(f)
    def envoltura(*args, **kwargs):
        with _candado:
            return f(*args, **kwargs)
    return envoltura


inventario = {"tornillos": 0}


@sincronizado
def reponer(n):
    inventario["tornillos"] += n


@sincronizado
def reponer_doble(n):
    reponer(n)
    reponer(n)


def tienda():
    for _ in range(20):
        reponer(1)
    reponer_doble(5)


hilos = [threading.Thread(target=tienda) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert inventario["tornillos"] == 3 * 30, inventario
print(inventario)
