# esperado: aprobado
# Contador compartido protegido con un Lock en cada incremento.
import threading

contador = 0
candado = threading.Lock()


def incrementar(veces):
    global contador
    for _ in range(veces):
        with candado:
            contador += 1


hilos = [threading.Thread(target=incrementar, args=(200,)) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Total:", contador)
assert contador == 800
