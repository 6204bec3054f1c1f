# esperado: aprobado
# Arreglo correcto con otro modismo: un Pool de 4 trabajadores reparte los lotes con starmap sobre una Manager().list() (algún trabajador puede quedarse sin lote).
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        with multiprocessing.Pool(4) as pool:
            pool.starmap(agregar_valores, [(lista_compartida, lote) for lote in lotes])
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
