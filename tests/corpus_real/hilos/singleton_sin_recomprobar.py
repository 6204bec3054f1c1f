# esperado: carrera
# «Doble comprobación» a medias: se comprueba fuera del candado pero NO se
# vuelve a comprobar dentro. Dos hilos ven `_instancia is None`, uno toma el
# candado y crea; el otro espera, entra y crea otra. Además `_instancia` se
# lee sin candado y se escribe con él.
import threading


class Base:
    creadas = 0

    def __init__(self):
        Base.creadas += 1


_instancia = None
_candado = threading.Lock()


def obtener():
    global _instancia
    if _instancia is None:
        with _candado:
            _instancia = Base()
    return _instancia


hilos = [threading.Thread(target=obtener) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert Base.creadas == 1, f"{Base.creadas} instancias"
