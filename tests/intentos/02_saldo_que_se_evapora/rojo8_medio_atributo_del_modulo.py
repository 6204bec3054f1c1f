# esperado: carrera
# A medias: sin candado, deposita con `banco.saldo += dinero` sobre el propio módulo (sys.modules[__name__]) «que es un objeto y se actualiza de golpe». Es LOAD_ATTR, suma, STORE_ATTR: dos hilos que leen el mismo saldo antes de guardar pierden un depósito, igual que con `global`.
import sys
import threading

saldo = 0


def depositar(dinero, veces=100000):
    banco = sys.modules[__name__]
    for _ in range(veces):
        banco.saldo += dinero


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
