# esperado: excepcion
# Un hilo sin join falla después de que el principal termine: el KeyError sale
# en la salida de error igual (y el trabajo de ese hilo se pierde).
import threading
import time

precios = {"pan": 1.2, "leche": 0.9}


def facturar(productos):
    total = 0
    for p in productos:
        time.sleep(0.01)
        total += precios[p]
    print(f"Total: {total:.2f}")


threading.Thread(target=facturar, args=(["pan", "leche"],)).start()
threading.Thread(target=facturar, args=(["pan", "huevos"],)).start()
