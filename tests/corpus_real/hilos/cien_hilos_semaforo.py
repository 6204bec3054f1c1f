# esperado: aprobado
# 100 hilos, como mucho 5 a la vez dentro (Semaphore), y el recuento con Lock.
import threading

limite = threading.Semaphore(5)
candado = threading.Lock()
dentro = 0
maximo = 0


def visitar():
    global dentro, maximo
    with limite:
        with candado:
            dentro += 1
            maximo = max(maximo, dentro)
        with candado:
            dentro -= 1


hilos = [threading.Thread(target=visitar) for _ in range(100)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("máximo simultáneo:", maximo)
assert maximo <= 5 and dentro == 0
