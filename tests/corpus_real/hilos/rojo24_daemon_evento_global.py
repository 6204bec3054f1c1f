# esperado: aprobado
# Correcto: daemon escribe global x, pone Event; main espera el Event y lee x; luego el daemon sigue latiendo
import threading, time

config = None
listo = threading.Event()
latidos = 0

def servidor():
    global config, latidos
    config = {"puerto": 8080}
    listo.set()
    while True:
        time.sleep(1)

t = threading.Thread(target=servidor, daemon=True)
t.start()
listo.wait()
print("config:", config)
assert config == {"puerto": 8080}
