# esperado: excepcion
# threading.local confundido con una global: main pone `ctx.usuario` y espera
# que los hilos lo vean. Cada hilo tiene su propio espacio en `ctx`, vacío: el
# trabajador lanza AttributeError en todas las ejecuciones.
import threading

ctx = threading.local()
ctx.usuario = "ana"
saludos = []


def saludar():
    saludos.append(f"hola, {ctx.usuario}")


hilos = [threading.Thread(target=saludar) for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(saludos)
