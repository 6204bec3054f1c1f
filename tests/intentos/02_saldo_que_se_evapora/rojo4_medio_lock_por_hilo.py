# esperado: carrera
# A medias: El candado se crea dentro de cada hilo: cada uno tiene el suyo y no excluye a nadie.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    candado = threading.Lock()
    for _ in range(veces):
        with candado:
            saldo += dinero


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
