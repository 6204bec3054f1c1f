# esperado: interbloqueo
# Aviso perdido: el que espera comprueba `listo` FUERA del candado de la
# condición y solo después entra a esperar. Si el notificador pone `listo` y
# hace notify() justo entre la comprobación y el wait(), el aviso no encuentra
# a nadie y el que espera se queda en wait() para siempre (y main en join()).
import threading

cond = threading.Condition()
listo = False


def esperar():
    if not listo:
        with cond:
            cond.wait()
    print("arrancamos")


def avisar():
    global listo
    with cond:
        listo = True
        cond.notify_all()


e = threading.Thread(target=esperar)
a = threading.Thread(target=avisar)
e.start()
a.start()
e.join()
a.join()
