# esperado: incompleto
# A medias: main lee el global antes incluso de que el daemon arranque de verdad
import threading

resultado = 0

def calcula():
    global resultado
    resultado = 42

threading.Thread(target=calcula, daemon=True).start()
print("resultado:", resultado)
