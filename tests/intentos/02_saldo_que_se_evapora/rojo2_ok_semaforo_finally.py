# esperado: aprobado
# Reparación: Semaphore(1) como candado, con acquire/release y try/finally.
import threading

saldo = 0
semaforo = threading.Semaphore(1)


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        semaforo.acquire()
        try:
            saldo += dinero
        finally:
            semaforo.release()


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
