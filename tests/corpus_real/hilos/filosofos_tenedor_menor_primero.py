# esperado: aprobado
# Filósofos comensales con la solución del orden global: cada filósofo coge
# primero el tenedor de índice menor. No puede formarse un ciclo de esperas,
# así que ningún orden de los hilos lleva a interbloqueo.
import threading

N = 5
tenedores = [threading.Lock() for _ in range(N)]
comidas = [0] * N


def filosofo(i):
    izq, der = i, (i + 1) % N
    primero, segundo = min(izq, der), max(izq, der)
    for _ in range(3):
        with tenedores[primero]:
            with tenedores[segundo]:
                comidas[i] += 1


hilos = [threading.Thread(target=filosofo, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("comidas:", comidas)
