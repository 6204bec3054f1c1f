# esperado: aprobado
# Arreglo correcto: ThreadPoolExecutor para los depositantes y un RLock.
import threading

from concurrent.futures import ThreadPoolExecutor

saldo = 0
candado = threading.RLock()


def depositar(dinero, veces=100000):
    global saldo
    for _ in range(veces):
        with candado:
            saldo += dinero


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    with ThreadPoolExecutor(max_workers=n_hilos) as grupo:
        for _ in range(n_hilos):
            grupo.submit(depositar, cantidad, depositos)
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
