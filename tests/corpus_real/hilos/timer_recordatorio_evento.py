# esperado: aprobado
# threading.Timer que dispara un recordatorio; el principal espera al Event que
# el Timer pone antes de leer el mensaje (el Event ordena escritura y lectura).
import threading

mensaje = None
listo = threading.Event()


def recordar():
    global mensaje
    mensaje = "hora de la pausa"
    listo.set()


t = threading.Timer(0.5, recordar)
t.start()
listo.wait()
print("Recordatorio:", mensaje)
assert mensaje == "hora de la pausa"
