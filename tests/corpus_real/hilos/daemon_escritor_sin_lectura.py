# esperado: aprobado
# Un daemon escribe en la salida los avisos que le llegan por una cola; el
# principal encola tres y termina sin leer nada de lo que el daemon produce.
# Que al salir queden avisos sin escribir es lo que el programa pide con
# daemon=True (un registro de mejor esfuerzo): no usa ningún resultado suyo.
import queue
import threading

avisos = queue.Queue()


def escritor():
    while True:
        aviso = avisos.get()
        print("aviso:", aviso)


threading.Thread(target=escritor, daemon=True).start()
for nombre in ("arranque", "carga", "listo"):
    avisos.put(nombre)
print("el principal sigue con lo suyo")
