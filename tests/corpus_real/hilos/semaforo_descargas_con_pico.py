# esperado: aprobado
# Semaphore(3) limita las «descargas» simultáneas; el pico de descargas a la
# vez se mide con un contador protegido por un Lock. Nunca pasa de 3.
import threading
import time

limite = threading.Semaphore(3)
candado = threading.Lock()
activas = 0
pico = 0
bajadas = []


def descargar(url):
    global activas, pico
    with limite:
        with candado:
            activas += 1
            pico = max(pico, activas)
        time.sleep(0.01)
        with candado:
            activas -= 1
            bajadas.append(url)


hilos = [threading.Thread(target=descargar, args=(f"u{i}",)) for i in range(8)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("pico:", pico, "bajadas:", len(bajadas))
assert pico <= 3 and len(bajadas) == 8
