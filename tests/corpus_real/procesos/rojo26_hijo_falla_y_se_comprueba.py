# esperado: aprobado
# requiere: procesos
# Patrón de supervisión: el trabajador rechaza un dato inválido lanzando una excepción; el principal espera a cada hijo y mira su exitcode para saber cuáles fallaron (1: excepción, 0: bien). El fallo del hijo es parte del diseño y el principal lo gestiona.
import multiprocessing as mp


def validar(dato):
    if dato < 0:
        raise ValueError(f"dato inválido: {dato}")


if __name__ == "__main__":
    datos = [3, -1, 5]
    procesos = [mp.Process(target=validar, args=(d,)) for d in datos]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    rechazados = [d for d, p in zip(datos, procesos) if p.exitcode != 0]
    assert rechazados == [-1], rechazados
    print("rechazados:", rechazados)
