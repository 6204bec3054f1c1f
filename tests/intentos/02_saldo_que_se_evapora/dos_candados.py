# esperado: carrera
# Medio arreglo: los hilos pares e impares usan candados distintos; un par y un impar se pisan.
import threading

import itertools

saldo = 0
candados = [threading.Lock(), threading.Lock()]
turnos = itertools.count()


def depositar(dinero, veces=100000):
    global saldo
    candado = candados[next(turnos) % 2]
    for _ in range(veces):
        with candado:
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
