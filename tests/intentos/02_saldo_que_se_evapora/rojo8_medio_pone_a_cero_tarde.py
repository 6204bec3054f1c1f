# esperado: carrera
# A medias: el candado está bien, pero main pone `saldo = 0` DESPUÉS de arrancar los hilos (y sin candado). Si un hilo deposita antes de que main llegue a esa línea, sus depósitos se borran y el total se queda corto.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    hilos = []
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
        hilos.append(hilo)
        hilo.start()
    saldo = 0
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
