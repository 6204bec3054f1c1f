# esperado: incompleto
# A medias: el daemon rellena con extend / += y main lee sin esperar
import threading

datos = []

def productor():
    global datos
    datos += [1, 2, 3]

threading.Thread(target=productor, daemon=True).start()
print("leídos", len(datos))
