# esperado: aprobado
# Un «latch» de cuenta atrás con Condition.wait_for: cada trabajador descuenta
# con el candado de la condición y avisa a todos; el principal espera con un
# predicado, así que da igual que los avisos lleguen antes de que espere (no
# hay aviso perdido) y los despertares espurios se vuelven a comprobar.
import threading


class CuentaAtras:
    def __init__(self, n):
        self.cuenta = n
        self.cond = threading.Condition()

    def descontar(self):
        with self.cond:
            self.cuenta -= 1
            if self.cuenta == 0:
                self.cond.notify_all()

    def esperar(self):
        with self.cond:
            self.cond.wait_for(lambda: self.cuenta == 0)


resultados = [None] * 6
latch = CuentaAtras(len(resultados))


def trabajador(i):
    resultados[i] = i * 10
    latch.descontar()


for i in range(len(resultados)):
    threading.Thread(target=trabajador, args=(i,)).start()

latch.esperar()
print(resultados)
assert resultados == [0, 10, 20, 30, 40, 50]
