# esperado: sin_concurrencia
# Esquiva: start() y join() seguidos; los depósitos nunca van a la vez.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
        hilo.start()
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
