# esperado: carrera
# Cada Visitante tiene su propio candado (self.candado), pero todos suman al
# atributo de CLASE `Visitante.total`: el candado de una instancia no excluye a
# las otras. Con 80 hilos, basta con que uno sea expropiado entre leer y
# escribir `Visitante.total` para perder un incremento.
import threading


class Visitante:
    total = 0

    def __init__(self):
        self.candado = threading.Lock()

    def visitar(self):
        with self.candado:
            Visitante.total += 1


def hilo():
    v = Visitante()
    for _ in range(3):
        v.visitar()


hilos = [threading.Thread(target=hilo) for _ in range(80)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(Visitante.total)
assert Visitante.total == 240, Visitante.total
