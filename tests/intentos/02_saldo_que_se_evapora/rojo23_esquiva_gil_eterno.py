# esperado: carrera|trampa
# Esquiva: no protege nada; sube el intervalo de cambio del GIL para que ningún hilo sea interrumpido a mitad de `saldo += dinero`, ocultando la carrera en vez de arreglarla.
import sys
import threading

sys.setswitchinterval(1000.0)

# Variable compartida
saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    sys.setswitchinterval(1000.0)

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
