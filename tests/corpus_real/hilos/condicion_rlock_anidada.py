# esperado: aprobado
# Condition sobre un RLock tomado dos veces (un método sincronizado que llama
# a otro). En CPython Condition.wait() suelta el RLock por completo, con todos
# sus niveles, y lo recupera al despertar: el productor puede entrar y no hay
# interbloqueo.
import threading


class Buzon:
    def __init__(self):
        self._rlock = threading.RLock()
        self._cond = threading.Condition(self._rlock)
        self._carta = None

    def recoger(self):
        with self._rlock:
            return self._esperar_carta()

    def _esperar_carta(self):
        with self._cond:
            while self._carta is None:
                self._cond.wait()
            carta, self._carta = self._carta, None
            return carta

    def dejar(self, carta):
        with self._cond:
            self._carta = carta
            self._cond.notify()


buzon = Buzon()
recibidas = []
t = threading.Thread(target=lambda: recibidas.append(buzon.recoger()))
t.start()
buzon.dejar("hola")
t.join()
assert recibidas == ["hola"]
print(recibidas)
