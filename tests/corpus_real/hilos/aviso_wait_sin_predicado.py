# esperado: interbloqueo
# Aviso perdido: el consumidor hace `cond.wait()` sin comprobar antes si el dato
# ya está. Si el productor arranca primero (o corre antes de que el consumidor
# tome el candado) notifica a nadie, y el consumidor espera para siempre; el
# principal, en join(). Con python3 normal suele salir bien (el consumidor se
# arranca antes), pero el orden contrario es posible: basta con que el
# consumidor sea expropiado antes de `with cond`.
import threading

cond = threading.Condition()
dato = None


def consumidor():
    with cond:
        cond.wait()
        print("recibido", dato)


def productor():
    global dato
    with cond:
        dato = 99
        cond.notify()


c = threading.Thread(target=consumidor)
p = threading.Thread(target=productor)
c.start()
p.start()
c.join()
p.join()
