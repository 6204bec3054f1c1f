# esperado: carrera
# Un candado reentrante escrito a mano SIN un Lock debajo: espera a que no haya dueño y se apunta como dueño en dos pasos; dos hilos pueden ver «sin dueño» a la vez y entrar los dos.
import threading
import time


class CandadoReentrante:
    def __init__(self):
        self._bloqueo = threading.Lock()
        self._duenio = None
        self._cuenta = 0

    def acquire(self):
        yo = threading.get_ident()
        if self._duenio == yo:
            self._cuenta += 1
            return True
        while self._duenio is not None:
            time.sleep(0)
        self._duenio = yo
        self._cuenta = 1
        return True

    def release(self):
        if self._duenio != threading.get_ident():
            raise RuntimeError("no es tuyo")
        self._cuenta -= 1
        if self._cuenta == 0:
            self._duenio = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *excepcion):
        self.release()


class Cuenta:
    def __init__(self):
        self.saldo = 0
        self.candado = CandadoReentrante()

    def depositar(self, cantidad):
        with self.candado:
            self.saldo += cantidad

    def depositar_con_bono(self, cantidad):
        with self.candado:
            self.depositar(cantidad)
            self.depositar(1)


cuenta = Cuenta()


def cliente():
    for _ in range(20):
        cuenta.depositar_con_bono(10)


hilos = [threading.Thread(target=cliente) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(cuenta.saldo)
assert cuenta.saldo == 3 * 20 * 11
