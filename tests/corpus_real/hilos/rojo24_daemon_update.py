# esperado: incompleto
# A medias: el daemon rellena con dict.update y main lee sin esperar
import threading

tabla = {}

def calcula():
    tabla.update({"a": 1, "b": 2})

threading.Thread(target=calcula, daemon=True).start()
print("claves", len(tabla))
