# esperado: aprobado
# Arreglo correcto: cada hilo acumula sus depósitos en una variable local (reducción) y vuelca su parcial al saldo una sola vez, con el candado compartido.
import threading

# Variable compartida
saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    parcial = 0
    for _ in range(veces):
        parcial += dinero
    with candado:
        saldo += parcial


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
