# esperado: carrera
# Medio arreglo: el candado se crea «cuando hace falta» (if candado is None: candado = threading.Lock()) dentro de depositar, sin nada que proteja esa comprobación. Planificación: A ve None, pierde la CPU; B ve None, crea L1, lo toma y lee saldo; A crea L2 (pisa la global), lo toma y deposita; B escribe encima: cada uno tenía un candado distinto y un depósito se pierde.
import threading

saldo = 0
candado = None


def depositar(dinero, veces=100000):
    global saldo, candado
    for _ in range(veces):
        if candado is None:
            candado = threading.Lock()
        with candado:
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo, candado
    saldo = 0
    candado = None

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
