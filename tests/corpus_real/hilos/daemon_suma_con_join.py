# esperado: aprobado
# El mismo daemon que calcula cuadrados, pero el principal lo espera con join() antes de sumar: que sea daemon no importa si se le espera.
import threading

resultados = []


def calcular():
    for i in range(1, 6):
        resultados.append(i * i)


t = threading.Thread(target=calcular, daemon=True)
t.start()
t.join()
print("Suma de cuadrados:", sum(resultados))
