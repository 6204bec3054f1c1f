# esperado: aprobado
# `lista += [x]` sobre una lista global: list.__iadd__ la amplía en su sitio
# (atómico con el GIL) y la asignación vuelve a guardar el mismo objeto.
import threading

registro = []


def anotar(quien):
    global registro
    for i in range(5):
        registro += [(quien, i)]


hs = [threading.Thread(target=anotar, args=(q,)) for q in "abc"]
for h in hs:
    h.start()
for h in hs:
    h.join()
assert len(registro) == 15
