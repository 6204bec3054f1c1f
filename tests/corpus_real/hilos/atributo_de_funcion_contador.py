# esperado: carrera
# Receta de «variable estática» en Python: un atributo de la propia función
# (`atender.llamadas += 1`). Llamada desde varios hilos sin candado, es un
# leer-sumar-escribir sobre un dato compartido y se pierden llamadas si un
# hilo es expropiado entre la lectura y la escritura del atributo.
import threading


def atender():
    atender.llamadas += 1


atender.llamadas = 0


def cliente():
    for _ in range(100):
        atender()


hilos = [threading.Thread(target=cliente) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(atender.llamadas)
assert atender.llamadas == 300, atender.llamadas
