# esperado: aprobado
# requiere: procesos
# El mismo marcador en un ShareableList, con un candado compartido: la suma de
# cada proceso (leer, sumar, escribir) va entera dentro del `with`.
from multiprocessing import Lock, Process
from multiprocessing.shared_memory import ShareableList


def jugar(nombre, candado, rondas):
    marcador = ShareableList(name=nombre)
    for _ in range(rondas):
        with candado:
            marcador[0] += 2
    marcador.shm.close()


if __name__ == "__main__":
    marcador = ShareableList([0, 0])
    candado = Lock()
    try:
        ps = [Process(target=jugar, args=(marcador.shm.name, candado, 40)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(marcador[0])
        assert marcador[0] == 160, marcador[0]
    finally:
        marcador.shm.close()
        marcador.shm.unlink()
