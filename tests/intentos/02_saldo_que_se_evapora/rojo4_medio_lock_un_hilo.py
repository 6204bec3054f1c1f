# esperado: carrera
# A medias: Solo el primer hilo usa el candado; los demás depositan sin él.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000, con_candado=True):
    global saldo
    for _ in range(veces):
        if con_candado:
            with candado:
                saldo += dinero
        else:
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = []
    for i in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos, i == 0))
        hilos.append(hilo)
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
