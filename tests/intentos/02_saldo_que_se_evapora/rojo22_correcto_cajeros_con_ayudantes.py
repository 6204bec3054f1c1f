# esperado: aprobado
# Reparación correcta: cada cajero (un hilo) reparte sus depósitos entre dos ayudantes que arranca él mismo y espera con join; todos suman con el mismo candado. Esperar a los hilos que uno mismo arrancó no es ir en fila: los cajeros y sus ayudantes trabajan a la vez.
import threading

saldo = 0
candado = threading.Lock()


def sumar(dinero, veces):
    global saldo
    for _ in range(veces):
        with candado:
            saldo += dinero


def cajero(dinero, veces):
    mitad = veces // 2
    ayudantes = [threading.Thread(target=sumar, args=(dinero, n)) for n in (mitad, veces - mitad)]
    for a in ayudantes:
        a.start()
    for a in ayudantes:
        a.join()


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    hilos = [threading.Thread(target=cajero, args=(cantidad, depositos)) for _ in range(n_hilos)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
