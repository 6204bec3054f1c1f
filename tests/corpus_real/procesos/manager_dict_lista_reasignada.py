# esperado: aprobado
# requiere: procesos
# El arreglo de la documentación para el caso anterior: leer la lista, añadir
# y volver a asignarla (`d["eventos"] = lista`), todo con un Lock del gestor
# para que dos procesos no se pisen entre la lectura y la asignación.
from multiprocessing import Manager, Process


def registrar(d, candado, quien):
    for i in range(3):
        with candado:
            lista = d["eventos"]
            lista.append(f"{quien}-{i}")
            d["eventos"] = lista


if __name__ == "__main__":
    with Manager() as m:
        d = m.dict()
        d["eventos"] = []
        candado = m.Lock()
        ps = [Process(target=registrar, args=(d, candado, q)) for q in "ab"]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d["eventos"]))
        assert sorted(d["eventos"]) == sorted(f"{q}-{i}" for q in "ab" for i in range(3))
