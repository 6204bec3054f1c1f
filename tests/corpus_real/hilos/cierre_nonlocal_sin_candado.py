# esperado: carrera
# El contador vive en un cierre (`nonlocal total`) en vez de en un global: sigue
# siendo un dato compartido por los hilos, y `total += 1` lee y escribe la
# celda en pasos separados. Si un hilo es expropiado entre leer y escribir,
# el otro suma y luego se pisa su incremento.
import threading


def contar_en_paralelo(hilos, veces):
    total = 0

    def trabajo():
        nonlocal total
        for _ in range(veces):
            total += 1

    ts = [threading.Thread(target=trabajo) for _ in range(hilos)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return total


resultado = contar_en_paralelo(2, 200)
print(resultado)
assert resultado == 400, resultado
