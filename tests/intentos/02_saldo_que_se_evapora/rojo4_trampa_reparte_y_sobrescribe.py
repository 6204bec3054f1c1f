# esperado: carrera|trampa
# Esquiva: Los hilos depositan (con carrera) pero al final main sobrescribe saldo con la cuenta hecha a mano.
import threading

saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
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
    if saldo != n_hilos * depositos * cantidad:
        saldo = n_hilos * depositos * cantidad
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
