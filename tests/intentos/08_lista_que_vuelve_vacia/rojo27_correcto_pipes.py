# esperado: aprobado
# Arreglo correcto: un Pipe por proceso; cada hijo agrega su lote a una lista propia y la envía por su extremo; main recibe de cada tubo (antes de join) y concatena.
'''
    Cada proceso registra un lote de inscripciones en una
    lista común, y al final el proceso principal las muestra.
'''
import multiprocessing


def agregar_valores(conexion, lote):
    registradas = []
    for valor in lote:
        registradas.append(valor)
    conexion.send(registradas)
    conexion.close()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    procesos = []
    extremos = []
    for lote in lotes:
        recibir, enviar = multiprocessing.Pipe(duplex=False)
        proceso = multiprocessing.Process(target=agregar_valores, args=(enviar, lote))
        procesos.append(proceso)
        extremos.append(recibir)
        proceso.start()
        enviar.close()  # el padre no escribe; así recv no se queda esperando si el hijo muere

    lista_compartida = []
    for recibir in extremos:
        lista_compartida.extend(recibir.recv())
        recibir.close()

    for proceso in procesos:
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
