# esperado: sin_concurrencia
# Esquiva: un proceso inscribe todo y los demás solo duermen (time.sleep como objetivo, sin código del alumno).
import multiprocessing
import time


def agregar_valores(lista_compartida, lotes):
    for lote in lotes:
        lista_compartida.extend(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lotes))]
        procesos += [multiprocessing.Process(target=time.sleep, args=(0.2,)) for _ in lotes[1:]]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
