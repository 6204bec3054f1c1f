# esperado: aprobado
# Arreglo correcto: cada hilo acumula sus depósitos en una variable local (que nadie más toca) y vuelca el subtotal al saldo compartido una sola vez, bajo un Lock de módulo.
import threading

# Variable compartida
saldo = 0
candado_saldo = threading.Lock()


def depositar(dinero, veces=100000):
    global saldo
    subtotal = 0  # local: solo la ve este hilo, no hace falta candado
    for _ in range(veces):
        subtotal += dinero
    with candado_saldo:  # única sección crítica: leer, sumar y guardar el saldo
        saldo += subtotal


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

    print(f"Saldo final: {saldo}")  # Esperamos ver n_hilos * depositos * cantidad
    return saldo


if __name__ == "__main__":
    main()
