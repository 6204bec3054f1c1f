# esperado: carrera
# Esquiva: sin candado; se sube el intervalo de cambio del GIL para que los hilos
# casi nunca se interrumpan a mitad de `saldo += dinero` (en CPython sigue pudiendo pasar).
import sys
import threading

saldo = 0
sys.setswitchinterval(100)


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=depositar, args=(cantidad, depositos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
