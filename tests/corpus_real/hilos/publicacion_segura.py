# esperado: aprobado
# Publicación segura: el objeto se llena entero y después se guarda en la global; el que sondea
# con while caja is None lo ve completo (con el GIL no hay reordenación).
import threading


class Caja:
    pass


caja = None


def publicar():
    global caja
    c = Caja()
    c.nombre = "caja"
    c.valor = 42
    caja = c


def leer(vistos):
    while caja is None:
        pass
    vistos.append(getattr(caja, "valor", None))


vistos = []
hilos = [threading.Thread(target=leer, args=(vistos,)), threading.Thread(target=publicar)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(vistos)
