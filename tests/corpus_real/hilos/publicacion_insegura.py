# esperado: carrera
# Publicación insegura: el objeto se publica en la global antes de acabar de llenarlo; el que sondea
# puede verlo a medias (AttributeError en c.valor).
import threading


class Caja:
    pass


caja = None


def publicar():
    global caja
    c = Caja()
    c.nombre = "caja"
    caja = c
    c.valor = 42


def leer(vistos):
    while caja is None:
        pass
    vistos.append(caja.valor)


vistos = []
hilos = [threading.Thread(target=leer, args=(vistos,)), threading.Thread(target=publicar)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(vistos)
