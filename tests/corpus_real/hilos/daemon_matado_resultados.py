# esperado: incompleto
# Un hilo daemon procesa los pedidos; el principal espera «un poco», imprime
# cuántos se procesaron y termina: Python mata al daemon a medio trabajo.
import threading
import time

procesados = []


def procesar(pedidos):
    for pedido in pedidos:
        time.sleep(0.01)  # «consultar el almacén»
        procesados.append(pedido)


hilo = threading.Thread(target=procesar, args=(list(range(10)),), daemon=True)
hilo.start()
time.sleep(0.025)
print(f"Procesados {len(procesados)} pedidos")
