# esperado: aprobado
# Arreglo correcto: cada proceso mete sus inscripciones en una multiprocessing.Queue y un centinela None al acabar; main lee hasta recibir un centinela por proceso y solo después hace join.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(lista_compartida, lote):
    # lista_compartida es ahora una Queue: lo que se pone aquí viaja al padre
    for valor in lote:
        lista_compartida.put(valor)
    lista_compartida.put(None)  # centinela: esta ventanilla terminó


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(cola, lote))
        procesos.append(proceso)
        proceso.start()

    lista_compartida = []
    terminados = 0
    while terminados < len(procesos):
        valor = cola.get()
        if valor is None:
            terminados += 1
        else:
            lista_compartida.append(valor)

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
