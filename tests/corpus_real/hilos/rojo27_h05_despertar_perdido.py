# esperado: interbloqueo
# El consumidor llama a cond.wait() sin comprobar el predicado: si el productor hace notify() antes de que el consumidor espere, la notificación se pierde y el consumidor (y main en join) esperan para siempre.
import threading

cond = threading.Condition()
datos = []

def consumidor():
    with cond:
        cond.wait()          # ¡debería ser: while not datos: cond.wait()
        print("Recibido:", datos[0])

def productor():
    with cond:
        datos.append(42)
        cond.notify()

hc = threading.Thread(target=consumidor)
hp = threading.Thread(target=productor)
hc.start()
hp.start()
hc.join()
hp.join()
print("Fin")
