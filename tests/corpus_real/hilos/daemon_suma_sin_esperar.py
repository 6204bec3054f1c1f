# esperado: incompleto
# Un hilo daemon calcula cuadrados en una lista global y el principal imprime su suma sin esperarlo. Si el principal lee antes de que el daemon empiece, imprime 0, y el daemon muere al salir sin haber hecho nada.
import threading

resultados = []


def calcular():
    for i in range(1, 6):
        resultados.append(i * i)


t = threading.Thread(target=calcular, daemon=True)
t.start()
print("Suma de cuadrados:", sum(resultados))
