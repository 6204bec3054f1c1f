# esperado: carrera
# A medias: un «candado» hecho a mano con una bandera booleana; entre comprobar `ocupado` y ponerlo a True otro hilo puede colarse, y ambos hacen saldo += dinero a la vez perdiendo un depósito.
import threading

# Variable compartida
saldo = 0
ocupado = False


def depositar(dinero, veces=100000):
    global saldo, ocupado
    for _ in range(veces):
        while ocupado:
            pass
        ocupado = True
        saldo += dinero
        ocupado = False


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo, ocupado
    saldo = 0
    ocupado = False

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
