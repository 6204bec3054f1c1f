# esperado: aprobado
# Reparación alternativa: cada proceso envía su lote registrado por una Queue;
# main saca un mensaje por proceso antes de los join (así la tubería no se llena).
import multiprocessing


def agregar_valores(cola, lote):
    registradas = []
    for valor in lote:
        registradas.append(valor)
    cola.put(registradas)


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = []
    for lote in lotes:
        proceso = multiprocessing.Process(target=agregar_valores, args=(cola, lote))
        procesos.append(proceso)
        proceso.start()
    lista = []
    for _ in procesos:
        lista.extend(cola.get())
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
