# esperado: aprobado
# Un Timer de respaldo que se cancela cuando el trabajo llega a tiempo.
import threading

avisos = []


def alarma():
    avisos.append("tarde")


t = threading.Timer(5.0, alarma)
t.start()
listo = threading.Event()
threading.Thread(target=listo.set).start()
listo.wait()
t.cancel()
t.join()
print("avisos:", avisos)
assert avisos == []
