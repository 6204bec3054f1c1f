# esperado: incompleto
# Media reparación: usa manager.list() (bien) pero espera a los procesos con join(timeout=1) "para no colgarse"; si un hijo tarda más de 1 s en arrancar o registrar (máquina cargada, spawn lento), la lista se copia incompleta.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list()
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(target=agregar_valores, args=(lista_compartida, lote))
            procesos.append(proceso)
            proceso.start()

        for proceso in procesos:
            proceso.join(timeout=1)

        resultado = list(lista_compartida)

    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
