# esperado: carrera
# requiere: procesos
# Un ShareableList como marcador compartido: cada proceso suma sus puntos con
# `marcador[0] += puntos` sin candado; leer y escribir van por separado.
from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def jugar(nombre, rondas):
    marcador = ShareableList(name=nombre)
    for _ in range(rondas):
        marcador[0] += 2
    marcador.shm.close()


if __name__ == "__main__":
    marcador = ShareableList([0, 0])
    try:
        ps = [Process(target=jugar, args=(marcador.shm.name, 40)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(marcador[0])
        assert marcador[0] == 160, marcador[0]
    finally:
        marcador.shm.close()
        marcador.shm.unlink()
