# esperado: carrera
# A medias: sin candado, el depósito se hace sobre globals()["saldo"] «para no usar global». Es leer el dict, sumar y guardar: dos hilos que leen el mismo saldo antes de guardar pierden un depósito, igual que con `saldo += dinero`.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    cuenta = globals()
    for _ in range(veces):

        cuenta["saldo"] = cuenta["saldo"] + dinero


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
