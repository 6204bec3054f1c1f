# esperado: aprobado
# Arreglo correcto con otro modismo: cada hijo añade su lote entero con `lista += lote` sobre el proxy (extend en el Manager, atómico).
import multiprocessing


def agregar_valores(lista_compartida, lote):
    lista_compartida += list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = [multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
                    for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
