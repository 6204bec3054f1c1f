# esperado: aprobado
# Arreglo correcto: los hilos dejan sus depósitos en una Queue y un único hilo cajero los suma a saldo.
import queue
import threading

saldo = 0


def depositar(cola, dinero, veces=100000):
    for _ in range(veces):
        cola.put(dinero)


def cajero(cola):
    global saldo
    while True:
        dinero = cola.get()
        if dinero is None:
            return
        saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    cola = queue.Queue()
    hilo_cajero = threading.Thread(target=cajero, args=(cola,))
    hilo_cajero.start()
    hilos = [threading.Thread(target=depositar, args=(cola, cantidad, depositos))
             for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    cola.put(None)
    hilo_cajero.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
