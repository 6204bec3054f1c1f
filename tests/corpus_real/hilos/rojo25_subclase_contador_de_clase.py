# esperado: carrera
# A medias: un contador como atributo de clase de una subclase de Thread, con += sin candado
import threading

class Contador(threading.Thread):
    total = 0

    def run(self):
        for _ in range(1000):
            Contador.total += 1

hilos = [Contador() for _ in range(2)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(Contador.total)
