# esperado: carrera
# Media reparación: el candado solo protege la lectura; si otro hilo lee el mismo saldo entre la lectura y la escritura (desalojo justo tras soltar el candado) se pierde un depósito.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            actual = saldo
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

    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
