# esperado: aprobado
# Cada hilo escribe solo su casilla en la fase 1; la Barrier garantiza que todas las casillas están escritas antes de que alguien las lea en la fase 2.
import threading

N = 3
parciales = [0] * N
totales = [0] * N
barrera = threading.Barrier(N)

def trabajador(i):
    parciales[i] = (i + 1) * 10
    barrera.wait()
    totales[i] = sum(parciales)
    barrera.wait()

hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert totales == [60, 60, 60], totales
print("Totales:", totales)
