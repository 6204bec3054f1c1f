# esperado: carrera
# Media reparación: un candado por cada pareja de hilos (0-1, 2-3...). Con dos hilos es
# correcto; con tres o más, el hilo 2 y el 0 usan candados distintos y se pierden depósitos.
import threading

saldo = 0
candados = [threading.Lock() for _ in range(64)]


def depositar(dinero, veces=100000, semaforo=None):
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
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos, candados[i // 2])) for i in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
