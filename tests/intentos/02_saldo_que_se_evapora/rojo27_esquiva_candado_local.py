# esperado: carrera
# Esquiva: un Lock creado dentro de depositar (uno por hilo): "hay candado", pero ningún otro hilo lo comparte, así que no protege nada.
import threading

# Variable compartida
saldo = 0


def depositar(dinero, veces=100000):
    global saldo
    candado = threading.Lock()
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

    print(f"Saldo final: {saldo}")  # Esperamos ver n_hilos * depositos * cantidad
    return saldo


if __name__ == "__main__":
    main()
