# esperado: excepcion
# El principal toma un RLock para «reservar» el recurso y deja que el hilo
# trabajador lo suelte al acabar. Con Lock eso vale, pero un RLock tiene dueño:
# release() desde otro hilo lanza RuntimeError («cannot release un-acquired
# lock») en el trabajador. Pasa siempre.
import threading

recurso = threading.RLock()


def trabajar():
    print("trabajando con el recurso")
    recurso.release()


recurso.acquire()
t = threading.Thread(target=trabajar)
t.start()
t.join()
