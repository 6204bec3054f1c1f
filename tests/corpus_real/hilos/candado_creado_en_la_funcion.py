# esperado: carrera
# Error de foro: el candado se crea DENTRO de la función, así que cada llamada
# tiene el suyo y no excluye a nadie. `total += 1` sigue siendo leer-sumar-
# escribir sin protección: si un hilo es expropiado entre la lectura y la
# escritura, el otro escribe y luego se pisa su incremento.
import threading

total = 0


def sumar():
    global total
    for _ in range(200):
        candado = threading.Lock()
        with candado:
            total += 1


hilos = [threading.Thread(target=sumar) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(total)
assert total == 400, total
