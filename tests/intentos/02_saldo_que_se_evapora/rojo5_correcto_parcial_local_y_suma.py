# esperado: aprobado
# Arreglo correcto: Cada hilo acumula en local y suma su parcial una vez, con RLock, dentro de un ThreadPoolExecutor con un hilo por depositante.
import threading
from concurrent.futures import ThreadPoolExecutor

saldo = 0
candado = threading.RLock()


def depositar(dinero, veces=100000):
    global saldo
    parcial = 0
    for _ in range(veces):
        parcial += dinero
    with candado:
        saldo += parcial


def main(n_hilos=2, depositos=100000, cantidad=1):
    global saldo
    saldo = 0
    with ThreadPoolExecutor(max_workers=n_hilos) as ejecutor:
        futuros = [ejecutor.submit(depositar, cantidad, depositos) for _ in range(n_hilos)]
    for f in futuros:
        f.result()
    print(f"Saldo final: {saldo}")
    return saldo


if __name__ == "__main__":
    main()
