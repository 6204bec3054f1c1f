# esperado: aprobado
# Arreglo correcto: un ProcessPoolExecutor registra cada lote en un trabajador y devuelve la lista registrada; main junta los lotes que le llegan (nada se comparte, nada se pierde).
from concurrent.futures import ProcessPoolExecutor


def agregar_valores(lote):
    registrados = []
    for valor in lote:
        registrados.append(valor)
    return registrados


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    lista_compartida = []
    with ProcessPoolExecutor(max_workers=len(lotes)) as ejecutor:
        for registrados in ejecutor.map(agregar_valores, lotes):
            lista_compartida.extend(registrados)
    print(f"Lista compartida: {lista_compartida}")
    return lista_compartida


if __name__ == "__main__":
    main()
