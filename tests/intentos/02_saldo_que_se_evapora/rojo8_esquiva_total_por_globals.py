# esperado: sin_concurrencia
# Esquiva: los hilos «depositan» 0 con el candado (leen y escriben saldo, sin aportar nada) y main, tras esperarlos, pone el total calculado a mano con globals()["saldo"] = n_hilos * depositos * cantidad. El saldo no sale de los depósitos de los hilos: es saldo calculado en main.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            saldo += 0 * dinero


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
    globals()["saldo"] = n_hilos * depositos * cantidad
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
