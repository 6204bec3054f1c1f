# esperado: aprobado
# Correcto (grueso): el candado envuelve todo el bucle de cada hilo; los hilos arrancan a la vez y depositan por turnos. El saldo es correcto en cualquier orden: un candado alrededor de todo el trabajo es exclusión mutua, no una esquiva (decisión de la sesión 16).
import threading

saldo = 0


def depositar(dinero, veces, candado):
    global saldo
    with candado:
        for _ in range(veces):
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    candado = threading.Lock()
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos, candado)) for _ in range(n_hilos)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
