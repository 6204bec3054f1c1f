# esperado: aprobado
# BoundedSemaphore(3) limita las descargas simultáneas; el contador de activas se modifica bajo un Lock, así que el máximo observado nunca pasa de 3.
import threading
import time

limite = threading.BoundedSemaphore(3)
lock = threading.Lock()
activas = 0
maximo = 0
hechas = []

def descargar(url):
    global activas, maximo
    with limite:
        with lock:
            activas += 1
            maximo = max(maximo, activas)
        time.sleep(0.01)
        with lock:
            activas -= 1
            hechas.append(url)

hilos = [threading.Thread(target=descargar, args=(f"http://127.0.0.1/{i}",)) for i in range(8)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert maximo <= 3, maximo
assert len(hechas) == 8
print("Descargas:", len(hechas), "máximo simultáneo <= 3:", maximo <= 3)
