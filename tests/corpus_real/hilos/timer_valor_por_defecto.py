# esperado: carrera
# Un Timer de «plazo» pone un valor por defecto si la respuesta no ha llegado:
# `if respuesta is None: respuesta = "por defecto"`. El trabajador tarda lo
# mismo que el plazo, y main cancela el Timer cuando el trabajador acaba. Si el
# Timer comprueba `None` justo antes de que el trabajador escriba 42 y escribe
# después (o ya había saltado cuando main llama a cancel()), la respuesta buena
# se pierde: comprobar-y-actuar entre dos hilos sin candado.
import threading
import time

respuesta = None


def plazo_vencido():
    global respuesta
    if respuesta is None:
        respuesta = "por defecto"


def trabajar():
    global respuesta
    time.sleep(0.1)
    respuesta = 42


reloj = threading.Timer(0.1, plazo_vencido)
reloj.start()
t = threading.Thread(target=trabajar)
t.start()
t.join()
reloj.cancel()
reloj.join()
print("respuesta:", respuesta)
assert respuesta == 42, respuesta
