# esperado: carrera
# A medias: un candado de bajo nivel (_thread.allocate_lock) que solo protege la lectura del saldo; otro hilo puede escribir entre la lectura y la escritura.
import _thread
import threading

saldo = 0
candado = _thread.allocate_lock()


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
