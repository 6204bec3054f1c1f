# esperado: aprobado
# Arreglo correcto: un único Lock de módulo y, dentro, el depósito hecho sobre globals()["saldo"] (el alumno no se fía de `global`). Es la misma variable saldo del módulo, leída y escrita con el candado en la mano.
import threading

saldo = 0
candado = threading.Lock()


def depositar(dinero, veces=100000):
    cuenta = globals()
    for _ in range(veces):
        with candado:
            cuenta["saldo"] = cuenta["saldo"] + dinero


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
