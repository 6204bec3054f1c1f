# esperado: carrera
# Un bucle lleno de logging con un contador compartido sin candado: el log no
# sincroniza nada (su candado es interno de logging).
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")
procesados = 0


def procesar(lote):
    global procesados
    for item in lote:
        logging.info("procesando %s", item)
        procesados += 1


hs = [threading.Thread(target=procesar, args=(range(5),)) for _ in range(2)]
for h in hs:
    h.start()
for h in hs:
    h.join()
logging.info("procesados: %d", procesados)
