# esperado: aprobado
# Arreglo correcto: un multiprocessing.Pipe por ventanilla; el hijo registra su lote con agregar_valores en una lista propia y la envía por su extremo; main recibe de cada tubería (antes del join, para no bloquear al hijo) y junta todo.
import multiprocessing


def agregar_valores(lista_compartida, lote):
    for valor in lote:
        lista_compartida.append(valor)


def ventanilla(extremo, lote):
    registradas = []
    try:
        agregar_valores(registradas, lote)
    finally:
        extremo.send(registradas)
        extremo.close()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    procesos = []
    for lote in lotes:
        recibir, enviar = multiprocessing.Pipe(duplex=False)
        proceso = multiprocessing.Process(target=ventanilla, args=(enviar, lote))
        procesos.append((proceso, recibir))
        proceso.start()
        enviar.close()  # el padre no escribe: solo el hijo tiene este extremo abierto

    lista_compartida = []
    for proceso, recibir in procesos:
        lista_compartida.extend(recibir.recv())
        recibir.close()
    for proceso, _ in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
