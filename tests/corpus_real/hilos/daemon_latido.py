# esperado: aprobado
# Un latido en un hilo daemon (bucle infinito con sleep) mientras los
# trabajadores, que sí se esperan con join, hacen el trabajo. Al salir, Python
# mata el latido: para eso es daemon.
import logging
import threading
import time

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")
latidos = 0


def latir():
    global latidos
    while True:
        latidos += 1
        logging.info("latido")
        time.sleep(0.05)


def trabajar(n, salida):
    time.sleep(0.02 * n)
    salida[n] = n * n


threading.Thread(target=latir, name="latido", daemon=True).start()
salida = {}
hilos = [threading.Thread(target=trabajar, args=(i, salida)) for i in range(4)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Trabajo terminado:", sorted(salida.values()))
