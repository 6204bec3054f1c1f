# esperado: sin_concurrencia
# Esquiva: cada hilo escribe el total esperado, con candado (sin carrera); no hay depósitos.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000, n_hilos=1):
    global saldo
    with candado:
        saldo = dinero * veces * n_hilos


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos, n_hilos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
