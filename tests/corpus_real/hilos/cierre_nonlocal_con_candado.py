# esperado: aprobado
# El mismo contador en un cierre (`nonlocal total`), ahora con un candado
# creado una sola vez fuera de los hilos y compartido por todos: cada
# incremento va entero con el candado y se lee tras los join().
import threading


def contar_en_paralelo(hilos, veces):
    total = 0
    candado = threading.Lock()

    def trabajo():
        nonlocal total
        for _ in range(veces):
            with candado:
                total += 1

    ts = [threading.Thread(target=trabajo) for _ in range(hilos)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return total


resultado = contar_en_paralelo(3, 100)
print(resultado)
assert resultado == 300, resultado
