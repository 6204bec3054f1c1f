# esperado: carrera
# A medias: Acquire(timeout=0.01) y, si no llega, deposita igual «para no colgarse». Con contención (el otro hilo retiene el candado más de 10 ms, p. ej. expulsado de la CPU dentro de la sección crítica) dos hilos hacen saldo += a la vez.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        tengo = candado.acquire(timeout=0.01)
        try:
            saldo += dinero
        finally:
            if tengo:
                candado.release()


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
