# esperado: aprobado
# Arreglo correcto: un único Semaphore(1) de módulo usado como exclusión mutua con acquire/try/finally alrededor de cada suma.
import threading

# Variable compartida
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

    hilos = []
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()

    print(f"Saldo final: {saldo}")  # Esperamos ver n_hilos * depositos * cantidad
    return saldo


if __name__ == "__main__":
    main()
