# esperado: aprobado
# Candado de lectores-escritores de libro de texto: una Condition guarda el
# número de lectores activos y si hay un escritor; los lectores entran a la vez,
# el escritor espera (con `while`) a que no quede nadie. Todo dato compartido
# se toca con la condición tomada o dentro de la sección de escritura, así que
# ningún orden rompe el invariante `par[0] == par[1]`.
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

    def acabar_lectura(self):
        with self._cond:
            self._lectores -= 1
            if self._lectores == 0:
                self._cond.notify_all()

    def empezar_escritura(self):
        with self._cond:
            while self._escribiendo or self._lectores > 0:
                self._cond.wait()
            self._escribiendo = True

    def acabar_escritura(self):
        with self._cond:
            self._escribiendo = False
            self._cond.notify_all()


le = CandadoLE()
par = [0, 0]
vistos = []
vistos_lock = threading.Lock()


def lector():
    for _ in range(5):
        le.empezar_lectura()
        try:
            a, b = par[0], par[1]
            assert a == b, (a, b)
        finally:
            le.acabar_lectura()
        with vistos_lock:
            vistos.append(a)


def escritor():
    for i in range(1, 6):
        le.empezar_escritura()
        try:
            par[0] = i
            par[1] = i
        finally:
            le.acabar_escritura()


hilos = [threading.Thread(target=lector) for _ in range(3)]
hilos.append(threading.Thread(target=escritor))
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("lecturas:", len(vistos), "final:", par)
