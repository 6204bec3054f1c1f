# esperado: carrera
# collections.Counter compartido: `conteo[palabra] += 1` es leer, sumar y
# escribir (tres pasos en Python); dos hilos que cuentan la misma palabra se
# pueden pisar y se pierde una cuenta.
import threading
from collections import Counter

conteo = Counter()
texto = ("el gato y el perro y el loro " * 5).split()


def contar(palabras):
    for p in palabras:
        conteo[p] += 1


mitad = len(texto) // 2
hilos = [threading.Thread(target=contar, args=(texto[:mitad],)),
         threading.Thread(target=contar, args=(texto[mitad:],))]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(dict(conteo))
assert conteo == Counter(texto), dict(conteo)
