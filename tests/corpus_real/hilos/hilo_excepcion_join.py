# esperado: excepcion
# Un hilo trabajador falla con KeyError (clave mal escrita); threading muestra
# la traza por stderr y el principal sigue. Siempre pasa.
import threading

precios = {"pan": 1.2, "leche": 0.9}
pedido = ["pan", "lechee"]
total = []


def sumar():
    total.append(sum(precios[p] for p in pedido))


h = threading.Thread(target=sumar)
h.start()
h.join()
print("total:", total)
