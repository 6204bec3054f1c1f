# esperado: aprobado
# El truco para que Ctrl-C funcione mientras se espera a un hilo:
# `while t.is_alive(): t.join(0.05)`. Cuando el bucle acaba el hilo ha
# terminado (is_alive() es False), así que leer su resultado es seguro.
import threading
import time

resultado = {}


def calcular():
    time.sleep(0.2)
    resultado["valor"] = sum(range(100))


t = threading.Thread(target=calcular)
t.start()
vueltas = 0
while t.is_alive():
    t.join(0.05)
    vueltas += 1
print("resultado:", resultado["valor"], "vueltas:", vueltas)
assert resultado["valor"] == 4950
