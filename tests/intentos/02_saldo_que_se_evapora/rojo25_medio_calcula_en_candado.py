# esperado: carrera
# Media reparación: el candado protege la lectura y la suma, pero la escritura queda fuera; si un hilo calcula "nuevo", suelta el candado y pierde el turno antes de escribir, otro hilo deposita y luego el primero escribe un valor viejo (depósito perdido).
import threading

# Variable compartida
saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            nuevo = saldo + dinero
        saldo = nuevo


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
