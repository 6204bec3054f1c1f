# esperado: carrera
# Esquiva: sube sys.setswitchinterval para que el GIL casi nunca cambie de hilo a mitad del bucle; en la práctica "siempre cuadra", pero saldo += dinero sigue sin protección y un cambio de hilo entre leer y escribir pierde depósitos.
import sys
import threading

# Variable compartida
saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    anterior = sys.getswitchinterval()
    sys.setswitchinterval(100)  # que cada hilo termine su tanda antes de ceder el GIL

    hilos = []
    try:
        for _ in range(n_hilos):
            hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
            hilos.append(hilo)
            hilo.start()

        for hilo in hilos:
            hilo.join()
    finally:
        sys.setswitchinterval(anterior)

    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
