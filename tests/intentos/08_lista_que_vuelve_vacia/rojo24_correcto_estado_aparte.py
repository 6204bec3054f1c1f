# esperado: aprobado
# Correcto: lista del Manager; tras arrancar a los hijos, main anota la fase en un dict del Manager que los hijos no leen
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        estado = manager.dict()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()
        estado["fase"] = "cargando"
        for proceso in procesos:
            proceso.join()
        estado["fase"] = "hecho"
        resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
