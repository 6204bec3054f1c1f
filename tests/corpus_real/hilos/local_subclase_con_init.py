# esperado: aprobado
# El ejemplo de la documentación de `threading.local`: una subclase con
# __init__ que da valores por defecto; cada hilo que la usa por primera vez
# ejecuta __init__ en su propio espacio. Cada hilo apunta solo en el suyo y
# deja su resumen en su propia casilla de la lista (índices distintos): nadie
# pisa a nadie y main lee después de join.
import threading


class Contexto(threading.local):
    def __init__(self, color="rojo"):
        self.color = color
        self.pasos = []


ctx = Contexto()
resumen = [None] * 6


def trabajar(i):
    assert ctx.color == "rojo" and ctx.pasos == []
    ctx.color = f"color-{i}"
    for paso in range(3):
        ctx.pasos.append(paso)
    resumen[i] = (ctx.color, len(ctx.pasos))


hilos = [threading.Thread(target=trabajar, args=(i,)) for i in range(6)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(resumen)
assert resumen == [(f"color-{i}", 3) for i in range(6)]
assert ctx.color == "rojo" and ctx.pasos == []
