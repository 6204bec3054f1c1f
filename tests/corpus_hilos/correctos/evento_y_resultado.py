import threading

resultado = None
listo = threading.Event()

def calcular():
    global resultado
    resultado = sum(range(10))
    listo.set()

threading.Thread(target=calcular).start()
listo.wait()
assert resultado == 45
print(resultado)
