# esperado: aprobado
# Receta de foro: limitar cuántos hilos corren a la vez con un BoundedSemaphore
# que el principal adquiere antes de cada start() y el hilo suelta en finally.
# Cada hilo escribe solo su casilla de la lista; el principal lee tras join().
import threading

limite = threading.BoundedSemaphore(5)
resultados = [None] * 30


def descargar(i):
    try:
        resultados[i] = f"pagina-{i}"
    finally:
        limite.release()


hilos = []
for i in range(30):
    limite.acquire()
    h = threading.Thread(target=descargar, args=(i,))
    h.start()
    hilos.append(h)
for h in hilos:
    h.join()
assert all(r == f"pagina-{i}" for i, r in enumerate(resultados))
print("descargadas:", len(resultados))
