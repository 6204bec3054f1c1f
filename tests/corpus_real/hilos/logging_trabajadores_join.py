# esperado: aprobado
# lento
# logging desde varios hilos (el formato con threadName) y un contador con Lock;
# el principal espera con join antes de leer el total.
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(threadName)s %(message)s")
total = 0
candado = threading.Lock()


def tarea(n):
    global total
    for i in range(n):
        logging.info("paso %d", i)
        with candado:
            total += 1


hilos = [threading.Thread(target=tarea, args=(5,), name=f"w{i}") for i in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
logging.info("total=%d", total)
assert total == 15
