# esperado: aprobado
# Arreglo correcto: un Manager().dict() vive en un solo proceso; cada ventanilla escribe su lote bajo su propia clave (nadie pisa a nadie) y el principal lo aplana antes de cerrar el Manager.
import multiprocessing


def agregar_valores(registro, numero, lote):
    inscritas = []
    for valor in lote:
        inscritas.append(valor)
    registro[numero] = inscritas  # una sola escritura, en una clave que solo usa este proceso


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        registro = manager.dict()
        procesos = []
        for numero, lote in enumerate(lotes):
            proceso = multiprocessing.Process(target=agregar_valores, args=(registro, numero, lote))
            procesos.append(proceso)
            proceso.start()

        for proceso in procesos:
            proceso.join()

        copia = dict(registro)  # copiar antes de que el Manager desaparezca

    lista_compartida = [valor for numero in sorted(copia) for valor in copia[numero]]
    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
