# esperado: aprobado
# Arreglo correcto: cada proceso registra su lote en una lista propia y la devuelve al principal por su propia Pipe; el principal recibe de cada tubería (recv) antes de hacer join, así ningún hijo se queda atascado escribiendo.
import multiprocessing


def agregar_valores(conexion, lote):
    registradas = []
    for valor in lote:
        registradas.append(valor)
    conexion.send(registradas)  # la copia local viaja de vuelta al principal
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
        enviar.close()  # el principal no escribe: si el hijo muere, recv da EOFError en vez de colgarse

    lista_compartida = []
    for recibir in extremos:
        lista_compartida.extend(recibir.recv())  # primero vaciar los tubos...
        recibir.close()

    for proceso in procesos:  # ...y luego esperar a los procesos
        proceso.join()

    print(f"Lista compartida: {lista_compartida}")
    return list(lista_compartida)


if __name__ == "__main__":
    main()
