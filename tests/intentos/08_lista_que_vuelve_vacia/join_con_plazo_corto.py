# esperado: incompleto
# A medias: Manager().list() bien, pero join(timeout=1) «para que no se cuelgue» y se lee la lista aunque el hijo siga vivo; si un hijo tarda más de 1 s (arranque con spawn en una máquina cargada), la lista sale incompleta.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    gestor = multiprocessing.Manager()
    lista_compartida = gestor.list()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
        procesos.append(proceso)
        proceso.start()

    for proceso in procesos:
        proceso.join(timeout=1)  # que no se cuelgue nunca

    resultado = list(lista_compartida)
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
