# esperado: aprobado
# requiere: procesos
# Varios hilos del padre envían trabajo a un mismo ProcessPoolExecutor (submit es
# seguro entre hilos) y guardan cada resultado en su propia casilla.
import threading
from concurrent.futures import ProcessPoolExecutor


def cuadrado(n):
    return n * n


def cliente(ejecutor, indice, casillas):
    casillas[indice] = ejecutor.submit(cuadrado, indice).result()


if __name__ == "__main__":
    casillas = [None] * 4
    with ProcessPoolExecutor(max_workers=2) as ejecutor:
        hilos = [threading.Thread(target=cliente, args=(ejecutor, i, casillas)) for i in range(4)]
        for h in hilos:
            h.start()
        for h in hilos:
            h.join()
    print(casillas)
    assert casillas == [0, 1, 4, 9]
