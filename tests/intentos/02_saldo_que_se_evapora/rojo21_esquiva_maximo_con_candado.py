# esperado: sin_concurrencia|trampa
# Esquiva: ningún hilo deposita; cada uno, con el candado, LEE saldo y, si aún no llega al total que main le pasa calculado (n_hilos * depositos * cantidad), lo pone de golpe. Como lee antes de escribir, sus escrituras no son «a ciegas», pero no hay ni un depósito: el total es el de main.
import threading

saldo = 0
lock = threading.Lock()


def depositar(dinero, veces=100000, total=0):
    global saldo
    with lock:
        if saldo < total:
            saldo = total


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    total = n_hilos * depositos * cantidad

    hilos = []
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos, total))
        hilos.append(hilo)
        hilo.start()

    for hilo in hilos:
        hilo.join()

    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
