# esperado: aprobado
# Reparación: una Pipe por proceso; cada hijo envía su lote ya registrado y main
# lo recibe antes de join.
import multiprocessing


def agregar_valores(conexion, lote):
    registrados = []
    for valor in lote:
        registrados.append(valor)
    conexion.send(registrados)
    conexion.close()


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    procesos, extremos = [], []
    for lote in lotes:
        recibir, enviar = multiprocessing.Pipe(duplex=False)
        proceso = multiprocessing.Process(target=agregar_valores, args=(enviar, lote))
        procesos.append(proceso)
        extremos.append(recibir)
        proceso.start()
    lista = []
    for recibir in extremos:
        lista.extend(recibir.recv())
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
