# esperado: aprobado
# Candado de lectores/escritores con Condition y bucles while: un lector nunca ve una escritura a medias.
import threading


class CandadoLE:
    def __init__(self):
        self._cond = threading.Condition()
        self._lectores = 0
        self._escribiendo = False

    def empezar_lectura(self):
        with self._cond:
            while self._escribiendo:
                self._cond.wait()
            self._lectores += 1

    def terminar_lectura(self):
        with self._cond:
            self._lectores -= 1
            if self._lectores == 0:
                self._cond.notify_all()

    def empezar_escritura(self):
        with self._cond:
            while self._escribiendo or self._lectores > 0:
                self._cond.wait()
            self._escribiendo = True

    def terminar_escritura(self):
        with self._cond:
            self._escribiendo = False
            self._cond.notify_all()


candado = CandadoLE()
inventario = {"entradas": 0, "salidas": 0}
lecturas = []


def escritor():
    for _ in range(5):
        candado.empezar_escritura()
        inventario["entradas"] += 1
        inventario["salidas"] += 1
        candado.terminar_escritura()


def lector():
    for _ in range(5):
        candado.empezar_lectura()
        assert inventario["entradas"] == inventario["salidas"], inventario
        lecturas.append(inventario["entradas"])
        candado.terminar_lectura()


hilos = [threading.Thread(target=escritor) for _ in range(2)]
hilos += [threading.Thread(target=lector) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("Lecturas hechas:", len(lecturas), "- estado final:", inventario)
