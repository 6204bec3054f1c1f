# esperado: aprobado
# Arreglo correcto con otro modismo: cada hijo pone su lote en una Queue y main lee exactamente un lote por hijo antes de los join (sin cuelgue).
import multiprocessing


def agregar_valores(cola, lote):
    cola.put(list(lote))


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=agregar_valores, args=(cola, lote))
                for lote in lotes]
    for proceso in procesos:
        proceso.start()
    resultado = []
    for _ in procesos:
        resultado.extend(cola.get())
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
