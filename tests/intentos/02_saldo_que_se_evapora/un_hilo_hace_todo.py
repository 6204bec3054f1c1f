# esperado: sin_concurrencia
# Esquiva: un solo hilo hace todos los depósitos y los demás son de adorno.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def esperar():
    pass


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos * n_hilos))]
    hilos += [threading.Thread(target=esperar) for _ in range(n_hilos - 1)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
