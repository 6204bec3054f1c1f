# esperado: aprobado
# logging en cada vuelta, hilos con nombre y sin join: el join implícito al
# salir basta porque el programa principal no usa nada de lo que hacen.
import logging
import threading
import time

logging.basicConfig(level=logging.DEBUG, format="[%(levelname)s] (%(threadName)-10s) %(message)s")


def worker(n):
    logging.debug("Starting")
    for i in range(n):
        logging.debug("step %d", i)
        time.sleep(0.01)
    logging.debug("Exiting")


for nombre in ("servicio", "worker-1", "worker-2"):
    threading.Thread(name=nombre, target=worker, args=(4,)).start()
logging.debug("main returns")
