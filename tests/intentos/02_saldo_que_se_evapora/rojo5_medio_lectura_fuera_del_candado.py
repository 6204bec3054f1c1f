# esperado: carrera
# A medias: El candado protege la escritura pero la lectura se hace antes, fuera. Planificación: A lee saldo, B lee el mismo saldo, A escribe, B escribe encima: un depósito perdido.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        nuevo = saldo + dinero
        with candado:
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
