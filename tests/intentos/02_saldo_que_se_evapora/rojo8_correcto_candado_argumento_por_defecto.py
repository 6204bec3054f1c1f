# esperado: aprobado
# Arreglo correcto con otro modismo: el candado es el valor por defecto de un argumento de depositar. Los valores por defecto se evalúan una sola vez, al definir la función, así que todos los hilos comparten el mismo Lock (no es un candado por llamada).
import threading

saldo = 0


def depositar(dinero, veces=100000, candado=threading.Lock()):
    global saldo
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
