# esperado: aprobado
# Barrier separa la fase de sumas parciales de la de normalizar; Event da la salida a la vez.
import threading

datos = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]
N = 3
parciales = [0] * N
normalizados = [None] * len(datos)
salida = threading.Event()
barrera = threading.Barrier(N)


def trabajador(i):
    salida.wait()
    trozo = range(i * len(datos) // N, (i + 1) * len(datos) // N)
    parciales[i] = sum(datos[j] for j in trozo)
    barrera.wait()  # todos los parciales están escritos
    total = sum(parciales)
    for j in trozo:
        normalizados[j] = round(datos[j] / total, 4)


def main():
    hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(N)]
    for h in hilos:
        h.start()
    salida.set()
    for h in hilos:
        h.join()
    print("Total:", sum(parciales))
    print("Normalizados:", normalizados)
    assert abs(sum(normalizados) - 1) < 1e-3


if __name__ == "__main__":
    main()
