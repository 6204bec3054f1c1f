# esperado: aprobado
# functools.lru_cache compartido por varios hilos: la caché de CPython es
# segura entre hilos (puede calcular dos veces el mismo valor, pero la función
# es pura y el resultado es el mismo). Cada hilo guarda lo suyo en su casilla.
import functools
import threading


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


resultados = [None] * 4


def trabajador(i):
    resultados[i] = fib(15 + i)


hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert resultados == [610, 987, 1597, 2584], resultados
print(resultados)
