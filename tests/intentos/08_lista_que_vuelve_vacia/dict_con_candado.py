# esperado: aprobado
# Correcto: Manager dict y un candado del Manager compartido por todos alrededor de leer-cambiar-escribir.
import multiprocessing


def agregar_valores(registro, candado, lote):
    for valor in lote:
        with candado:
            registro["todas"] += [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as manager:
        registro = manager.dict({"todas": []})
        candado = manager.Lock()
        procesos = [
            multiprocessing.Process(target=agregar_valores, args=(registro, candado, lote))
            for lote in lotes
        ]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        resultado = list(registro["todas"])
    print(f"Lista compartida: {resultado}")
    return resultado


if __name__ == "__main__":
    main()
