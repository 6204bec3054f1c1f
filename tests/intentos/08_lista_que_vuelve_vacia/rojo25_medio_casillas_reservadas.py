# esperado: carrera|incompleto
# Media reparación: lista del Manager con una casilla por inscripción y un índice compartido (manager.Value); cada hijo lee el índice y luego lo incrementa en dos pasos. Si dos ventanillas leen el mismo índice antes de que ninguna escriba el siguiente, las dos escriben en la misma casilla: se pierde una inscripción y queda un None.
import multiprocessing


def agregar_valores(lista_compartida, lote, siguiente):
    for valor in lote:
        casilla = siguiente.value
        siguiente.value = casilla + 1
        lista_compartida[casilla] = valor


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    total = sum(len(lote) for lote in lotes)
    with multiprocessing.Manager() as manager:
        lista_compartida = manager.list([None] * total)
        siguiente = manager.Value("i", 0)
        procesos = []
        for lote in lotes:
            proceso = multiprocessing.Process(
                target=agregar_valores, args=(lista_compartida, lote, siguiente)
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
