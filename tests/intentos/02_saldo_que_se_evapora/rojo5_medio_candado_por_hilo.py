# esperado: carrera
# A medias: Cada hilo crea su propio Lock al empezar depositar: no excluye a nadie. Misma planificación que sin candado.
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
