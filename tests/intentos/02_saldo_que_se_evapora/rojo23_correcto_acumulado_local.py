# esperado: aprobado
# Correcto: cada hilo suma sus depósitos en una variable local y vuelca el total una sola vez al saldo compartido dentro de un candado común del módulo.
import threading

# Variable compartida
saldo = 0
candado_saldo = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    parcial = 0
    for _ in range(veces):
        parcial += dinero
    with candado_saldo:
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
