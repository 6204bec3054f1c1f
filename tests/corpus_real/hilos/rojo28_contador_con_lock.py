# esperado: aprobado
# Cada incremento del contador compartido se hace con el candado tomado.
import threading

contador = 0
candado = threading.Lock()


def incrementar(veces):
    global contador
    for _ in range(veces):
        with candado:
            contador += 1


hilos = [threading.Thread(target=incrementar, args=(1000,)) for _ in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()

print(f"Contador final: {contador}")
assert contador == 4000, contador
