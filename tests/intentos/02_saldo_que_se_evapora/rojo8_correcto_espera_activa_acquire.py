# esperado: aprobado
# Arreglo correcto (espera activa): un único Lock que se pide con acquire(blocking=False) en bucle hasta conseguirlo, cediendo con time.sleep(0); solo se deposita con el candado en la mano y se suelta en un finally. Gasta CPU, pero la exclusión mutua es la misma.
import threading
import time

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        while not candado.acquire(blocking=False):
            time.sleep(0)
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
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
