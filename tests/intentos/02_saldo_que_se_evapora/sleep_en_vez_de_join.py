# esperado: carrera|incompleto
# Esquiva: duerme 1 s en vez de esperar a los hilos; si un hilo se retrasa más de 1 s, main lee el saldo antes de que terminen.
import threading
import time

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        candado.acquire()
        try:
            saldo += dinero
        finally:
            candado.release()


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0

    hilos = []
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
        hilos.append(hilo)
        hilo.start()

    time.sleep(1)

    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
