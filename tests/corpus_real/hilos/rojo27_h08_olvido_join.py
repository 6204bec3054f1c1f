# esperado: incompleto
# main imprime los resultados y anuncia "completado" sin hacer join de los hilos; como cada hilo duerme antes de añadir su resultado, main lee la lista antes de que el trabajo termine.
import threading
import time

resultados = []

def procesar(n):
    time.sleep(0.01)
    resultados.append(n * n)

hilos = []
for i in range(4):
    h = threading.Thread(target=procesar, args=(i,))
    h.start()
    hilos.append(h)

# Falta: for h in hilos: h.join()
print("Procesamiento completado. Resultados:", sorted(resultados))
