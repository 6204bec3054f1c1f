# esperado: carrera
# requiere: procesos
# límite: los hilos del proceso principal con un ProcessPoolExecutor no se planifican: la carrera entre ellos no sale
# Los hilos del padre reciben los resultados del pool y los añaden con
# `resultados = anadido(resultados, x)` (leer, crear una lista nueva, reasignar):
# cuando el pool entrega dos resultados juntos, despierta a dos hilos a la vez, y
# si CPython cambia de hilo al entrar en anadido, se pierde un resultado.
import threading
from concurrent.futures import ProcessPoolExecutor

resultados = []


def cuadrado(n):
    return n * n


def anadido(lista, valor):
    return lista + [valor]


def cliente(ejecutor, n):
    global resultados
    valor = ejecutor.submit(cuadrado, n).result()
    resultados = anadido(resultados, valor)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        hilos = [threading.Thread(target=cliente, args=(ejecutor, i)) for i in range(4)]
        for h in hilos:
            h.start()
        for h in hilos:
            h.join()
    print(sorted(resultados))
    assert sorted(resultados) == [0, 1, 4, 9]
