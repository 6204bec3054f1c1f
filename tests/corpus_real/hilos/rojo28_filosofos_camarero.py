# esperado: aprobado
# El camarero (Semaphore(4)) deja sentarse a 4 filósofos como mucho: siempre uno puede coger los dos tenedores.
import threading
import time

N = 5
tenedores = [threading.Lock() for _ in range(N)]
camarero = threading.Semaphore(N - 1)
comidas = [0] * N


def filosofo(i):
    izquierdo, derecho = tenedores[i], tenedores[(i + 1) % N]
    for _ in range(3):
        time.sleep(0.001)  # pensar
        with camarero:
            with izquierdo:
                with derecho:
                    comidas[i] += 1
                    time.sleep(0.001)  # comer


hilos = [threading.Thread(target=filosofo, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Comidas:", comidas)
assert comidas == [3] * N
