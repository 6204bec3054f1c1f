# esperado: aprobado
# Arreglo correcto: un único Semaphore(1) de módulo hace de candado; cada suma al saldo va entre acquire() y release() con try/finally.
import threading

# Variable compartida
saldo = 0
# Un semáforo binario compartido por todos los hilos: solo uno suma a la vez
turno = threading.Semaphore(1)


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        turno.acquire()
        try:
            saldo += dinero
        finally:
            turno.release()


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
