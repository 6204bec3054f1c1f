# esperado: incompleto
# requiere: procesos
# Un hijo añade a una lista global «compartida»: con procesos no se comparte
# nada, el hijo tiene su propia copia del módulo.
import multiprocessing

hechos = []


def tarea(n):
    hechos.append(n * 10)


if __name__ == "__main__":
    p = multiprocessing.Process(target=tarea, args=(4,))
    p.start()
    p.join()
    print("hechos:", hechos)
    assert len(hechos) == 1, "el hijo no dejó su resultado"
