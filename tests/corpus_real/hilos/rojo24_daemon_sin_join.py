# esperado: incompleto
# A medias: daemon rellena la lista y main la lee sin esperarlo
import threading

datos = []

def productor():
    for i in range(3):
        datos.append(i)

t = threading.Thread(target=productor, daemon=True)
t.start()
print("datos:", len(datos))
