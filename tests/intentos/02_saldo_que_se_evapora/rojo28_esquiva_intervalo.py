# esperado: carrera
# Esquiva: en vez de un candado sube sys.setswitchinterval para que el GIL casi nunca cambie de hilo; el saldo += sigue sin proteger y cualquier cambio de hilo entre leer y guardar pierde depósitos.
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
    sys.setswitchinterval(1000)  # que cada hilo haga todo su trabajo de un tirón
    try:
        hilos = []
        for _ in range(n_hilos):
            hilo = threading.Thread(target=depositar, args=(cantidad, depositos))
            hilos.append(hilo)
            hilo.start()

        for hilo in hilos:
            hilo.join()
    finally:
        sys.setswitchinterval(anterior)

    print(f"Saldo final: {saldo}")  # Esperamos ver n_hilos * depositos * cantidad
    return saldo


if __name__ == "__main__":
    main()
