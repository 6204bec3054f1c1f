# esperado: excepcion
# Se crean los procesos y se les hace join() sin haber llamado nunca a start()
# (el bucle de start quedó comentado al depurar): join() lanza AssertionError
# («can only join a started process») en todas las ejecuciones.
from multiprocessing import Process


def tarea(n):
    print("tarea", n)


if __name__ == "__main__":
    ps = [Process(target=tarea, args=(n,)) for n in range(2)]
    # for p in ps:
    #     p.start()
    for p in ps:
        p.join()
    print("todas hechas")
