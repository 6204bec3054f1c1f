# esperado: sin_concurrencia
# Esquiva: El candado envuelve TODO el bucle de cada hilo: los hilos existen a la vez pero depositan uno detrás de otro (serie disfrazada).
import threading

saldo = 0


def depositar(dinero, veces, candado):
    global saldo
    with candado:
        for _ in range(veces):
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    candado = threading.Lock()
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos, candado)) for _ in range(n_hilos)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
