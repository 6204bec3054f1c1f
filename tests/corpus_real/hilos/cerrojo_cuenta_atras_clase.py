# esperado: aprobado
# Un «CountDownLatch» al estilo Java hecho con Condition: los trabajadores
# llaman a cuenta_atras() al terminar y main espera en esperar() con un bucle
# `while` hasta que la cuenta llega a 0. Main solo lee los resultados después.
import threading


class Cerrojo:
    def __init__(self, n):
        self._n = n
        self._cond = threading.Condition()

    def cuenta_atras(self):
        with self._cond:
            self._n -= 1
            if self._n <= 0:
                self._cond.notify_all()

    def esperar(self):
        with self._cond:
            while self._n > 0:
                self._cond.wait()


resultados = [None] * 4
cerrojo = Cerrojo(len(resultados))


def trabajador(i):
    resultados[i] = i * i
    cerrojo.cuenta_atras()


for i in range(len(resultados)):
    threading.Thread(target=trabajador, args=(i,)).start()
cerrojo.esperar()
assert resultados == [0, 1, 4, 9], resultados
print("resultados:", resultados)
