# esperado: aprobado
# Agrupar desde varios hilos con `grupos.setdefault(k, []).append(x)`: en
# CPython setdefault y append son una sola llamada en C cada una (atómicas con
# el GIL), así que ningún elemento se pierde ni se crean dos listas para la
# misma clave.
import threading

grupos = {}


def clasificar(numeros):
    for n in numeros:
        grupos.setdefault(n % 3, []).append(n)


hilos = [threading.Thread(target=clasificar, args=(range(i, 30, 3 * 2),)) for i in range(6)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
total = sorted(x for g in grupos.values() for x in g)
print({k: len(v) for k, v in sorted(grupos.items())})
assert total == list(range(30))
