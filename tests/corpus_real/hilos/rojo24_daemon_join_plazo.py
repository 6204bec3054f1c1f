# esperado: aprobado
# Correcto: join(timeout=5) y comprobación de is_alive() antes de leer lo que rellenó el daemon
import threading

datos = {}

def productor():
    for i in range(3):
        datos[i] = i * i

t = threading.Thread(target=productor, daemon=True)
t.start()
t.join(timeout=5)
if t.is_alive():
    raise SystemExit("el productor no terminó")
print(datos)
assert datos == {0: 0, 1: 1, 2: 4}
