# esperado: carrera
# A medias: un Semaphore(2) «por si acaso hay dos cajeros» en vez de un candado: deja entrar a dos hilos a la vez en `saldo += dinero`. Con dos hilos dentro, A lee saldo, B lee el mismo saldo, A guarda, B guarda: un depósito perdido.
import threading

saldo = 0
semaforo = threading.Semaphore(2)


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with semaforo:
            saldo += dinero


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
