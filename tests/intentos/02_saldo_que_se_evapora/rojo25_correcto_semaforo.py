# esperado: aprobado
# Arreglo correcto: un único Semaphore(1) de módulo hace de mutex; cada suma al saldo se hace con él tomado (acquire/try/finally).
import threading

# Variable compartida
saldo = 0
_mutex = threading.Semaphore(1)


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        _mutex.acquire()
        try:
            saldo += dinero
        finally:
            _mutex.release()


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
