# esperado: sin_concurrencia
# Esquiva: sin candado, pero cada hilo hace join() del anterior antes de depositar. Todos arrancan a la vez y están vivos a la vez, pero los depósitos van uno detrás de otro: la carrera no puede darse porque nada ocurre a la vez. Es depositar en serie escondido dentro de los hilos.
import threading

saldo = 0


def depositar(dinero, veces, anterior):
    global saldo
    if anterior is not None:
        anterior.join()
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = []
    anterior = None
    for _ in range(n_hilos):
        hilo = threading.Thread(target=depositar, args=(cantidad, depositos, anterior))
        hilos.append(hilo)
        hilo.start()
        anterior = hilo
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
