# esperado: interbloqueo
# Aviso perdido: el que espera comprueba `listo` fuera del candado; si entre la
# comprobación y el wait() el otro hilo hace toda su (larga) preparación y
# avisa, el aviso se pierde y el primero espera para siempre.
import threading

cv = threading.Condition()
listo = False
datos = []


def esperar():
    if not listo:
        with cv:
            cv.wait()
    print("datos:", datos)


def preparar():
    global listo
    for i in range(40):
        datos.append(i * i)
    with cv:
        listo = True
        cv.notify()


e = threading.Thread(target=esperar)
p = threading.Thread(target=preparar)
e.start()
p.start()
e.join()
p.join()
