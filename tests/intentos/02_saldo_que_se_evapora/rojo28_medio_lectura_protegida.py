# esperado: carrera
# Media reparación: protege con el candado solo la lectura del saldo y escribe fuera; si otro hilo entra entre la lectura y la escritura (cambio de hilo justo tras soltar el candado), se pierde su depósito.
import threading

# Variable compartida
saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            actual = saldo  # leo el saldo "seguro"
        saldo = actual + dinero


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

    print(f"Saldo final: {saldo}")  # Esperamos ver n_hilos * depositos * cantidad
    return saldo


if __name__ == "__main__":
    main()
