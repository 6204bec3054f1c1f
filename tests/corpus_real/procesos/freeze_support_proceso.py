# esperado: aprobado
# requiere: procesos
# La plantilla «para Windows»: freeze_support() como primera línea del bloque
# main y set_start_method('spawn'). Dos procesos escriben cada uno en su
# posición de un Array con su candado; el padre lee tras join().
from multiprocessing import Array, Process, freeze_support, set_start_method


def trabajar(arr, i):
    with arr.get_lock():
        arr[i] = (i + 1) * 10


if __name__ == "__main__":
    freeze_support()
    set_start_method("spawn")
    arr = Array("i", 2)
    ps = [Process(target=trabajar, args=(arr, i)) for i in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:])
    assert arr[:] == [10, 20]
