# esperado: aprobado
# Arreglo correcto: Una clase propia con __enter__/__exit__ envuelve un Semaphore(1).
import threading

saldo = 0


class Exclusivo:
    def __init__(self):
        self._sem = threading.Semaphore(1)

    def __enter__(self):
        self._sem.acquire()
        return self

    def __exit__(self, *exc):
        self._sem.release()
        return False


zona = Exclusivo()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with zona:
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = []
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
