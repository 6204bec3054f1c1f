# esperado: incompleto
# Se imprimen los resultados sin esperar a los hilos: con el orden por defecto
# el principal imprime una lista incompleta (a menudo vacía).
import threading

resultados = []


def cuadrado(n):
    resultados.append(n * n)


for i in range(4):
    threading.Thread(target=cuadrado, args=(i,)).start()
print("Resultados:", resultados)
