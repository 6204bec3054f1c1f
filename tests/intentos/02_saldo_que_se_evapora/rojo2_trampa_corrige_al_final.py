# esperado: carrera|sin_concurrencia
# Esquiva: se deja la carrera y main "corrige" el saldo si no cuadra.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    esperado = n_hilos * depositos * cantidad
    if saldo != esperado:
        saldo = esperado
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
