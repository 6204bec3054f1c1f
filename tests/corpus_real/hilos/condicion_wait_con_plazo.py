# esperado: aprobado
# Condition.wait(timeout) en un bucle con predicado: el que espera vuelve a
# comprobar `pedidos` cada vez que despierta (por aviso o por plazo) y cuenta
# los plazos vencidos solo para informar. No hay aviso perdido: comprueba y
# espera con el candado tomado, y el productor cambia el dato con él.
import threading

cond = threading.Condition()
pedidos = []
vencidos = 0


def cocinero():
    global vencidos
    with cond:
        while len(pedidos) < 3:
            if not cond.wait(timeout=0.01):
                vencidos += 1
        print("cocino", pedidos, "tras", vencidos, "plazos vencidos")


def camarero():
    for p in ("sopa", "pan", "flan"):
        with cond:
            pedidos.append(p)
            cond.notify()


c = threading.Thread(target=cocinero)
m = threading.Thread(target=camarero)
c.start()
m.start()
c.join()
m.join()
assert pedidos == ["sopa", "pan", "flan"]
