# esperado: aprobado
# Arreglo correcto con otro modismo: Manager().list() y `lista += lote` en el hijo (ListProxy.__iadd__ hace un extend en el gestor, una sola operación atómica); se copia antes de apagar el gestor.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    lista_compartida += list(lote)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    gestor = multiprocessing.Manager()
    lista_compartida = gestor.list()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join()

    resultado = list(lista_compartida)
    gestor.shutdown()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
