# esperado: interbloqueo
# Cinco filósofos que toman primero el tenedor de la izquierda.
import threading

N = 5
tenedores = [threading.Lock() for _ in range(N)]


def filosofo(i):
    izquierda, derecha = tenedores[i], tenedores[(i + 1) % N]
    for _ in range(2):
        with izquierda:
            with derecha:
                print(f"filósofo {i} come")


hs = [threading.Thread(target=filosofo, args=(i,)) for i in range(N)]
for h in hs:
    h.start()
for h in hs:
    h.join()
