# esperado: carrera
# El clásico: `contador += 1` en dos hilos sin candado. Se pierde un incremento
# si un hilo lee, el otro lee y escribe, y el primero escribe su valor viejo.
import threading

contador = 0


def incrementar(veces):
    global contador
    for _ in range(veces):
        contador += 1


hilos = [threading.Thread(target=incrementar, args=(300,)) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Contador:", contador)
