# esperado: sin_concurrencia
# Esquiva: los hilos trabajan en una variable local y main escribe el total calculado.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    total = 0
    for _ in range(veces):
        total += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    saldo = n_hilos * depositos * cantidad
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
