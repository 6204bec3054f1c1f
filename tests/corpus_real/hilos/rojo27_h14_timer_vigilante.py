# esperado: aprobado
# Un Timer de vigilancia se cancela cuando el trabajo acaba a tiempo; otro Timer activa un Event que main espera con wait(); se unen ambos antes de leer.
import threading

avisos = []
terminado = threading.Event()

def vigilante():
    avisos.append("tiempo agotado")

def recordatorio():
    avisos.append("recordatorio")
    terminado.set()

perro = threading.Timer(5.0, vigilante)
perro.start()
total = sum(i * i for i in range(1000))
perro.cancel()
perro.join()

t = threading.Timer(0.01, recordatorio)
t.start()
assert terminado.wait(timeout=5)
t.join()
assert avisos == ["recordatorio"], avisos
print("Total:", total, "avisos:", avisos)
