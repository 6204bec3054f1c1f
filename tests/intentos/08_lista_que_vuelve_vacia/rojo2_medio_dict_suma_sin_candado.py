# esperado: carrera
# Media reparación: Manager().dict() con una sola clave y `d[k] = d[k] + [valor]`:
# leer-modificar-escribir a través del proxy no es atómico; dos procesos leen la
# misma lista y el segundo en escribir borra lo del primero.
import multiprocessing


def agregar_valores(registro, lote):
    for valor in lote:
        registro["todas"] = registro["todas"] + [valor]


def main(lotes=((0, 1, 2, 3, 4), (5, 6, 7, 8, 9))):
    with multiprocessing.Manager() as gestor:
        registro = gestor.dict()
        registro["todas"] = []
        procesos = [multiprocessing.Process(target=agregar_valores, args=(registro, lote)) for lote in lotes]
        for proceso in procesos:
            proceso.start()
        for proceso in procesos:
            proceso.join()
        lista = list(registro["todas"])
    print(f"Lista compartida: {lista}")
    return lista


if __name__ == "__main__":
    main()
