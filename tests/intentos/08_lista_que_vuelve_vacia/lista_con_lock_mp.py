# esperado: aprobado
# Correcto: Manager list con extend (un solo viaje al Manager) y un multiprocessing.Lock compartido de más.
import multiprocessing


def agregar_valores(lista_compartida, candado, lote):
    for valor in lote:
        with candado:
            lista_compartida.extend([valor])


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    candado = multiprocessing.Lock()
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(
                target=agregar_valores, args=(lista_compartida, candado, lote)
            )
            procesos.append(proceso)
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
