# esperado: aprobado
# Correcto: cada proceso envía su lote por una Queue; el principal saca uno por lote y después espera.
import multiprocessing


def agregar_valores(cola, lote):
    cola.put([valor for valor in lote])


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    cola = multiprocessing.Queue()
    procesos = [multiprocessing.Process(target=agregar_valores, args=(cola, lote)) for lote in lotes]
    for proceso in procesos:
        proceso.start()
    resultado = []
    for _ in lotes:
        resultado.extend(cola.get())
    for proceso in procesos:
        proceso.join()
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
