# esperado: carrera
# Esquiva: Sys.setswitchinterval enorme para que el GIL no cambie de hilo a mitad de saldo += dinero. No sincroniza nada (sin GIL, en 3.13t, o si un hilo se bloquea, la actualización se pierde igual).
import sys
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    anterior = sys.getswitchinterval()
    sys.setswitchinterval(1000)
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
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
