# esperado: carrera|incompleto
# A medias: leer-copiar-reemplazar la lista del Manager, escalonando cada proceso i·0,5 s para que no coincidan; si un proceso se retrasa más de 0,5 s, dos copias se pisan.
import multiprocessing
import time


def agregar_valores(lista_compartida, lote, retraso=0.0):
    time.sleep(retraso)
    copia = list(lista_compartida)
    copia.extend(lote)
    lista_compartida[:] = copia


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for i, lote in enumerate(lotes):
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote, 0.5 * i))
            procesos.append(proceso)
            proceso.start()

        for proceso in procesos:
            proceso.join()

        resultado = list(lista_compartida)

    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
