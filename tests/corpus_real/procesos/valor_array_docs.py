# esperado: aprobado
# requiere: procesos
# El ejemplo de memoria compartida de la documentación de multiprocessing:
# un hijo escribe n.value y niega los elementos de a; el padre lee tras join().
from multiprocessing import Array, Process, Value


def f(n, a):
    n.value = 3.1415927
    for i in range(len(a)):
        a[i] = -a[i]


if __name__ == "__main__":
    num = Value("d", 0.0)
    arr = Array("i", range(10))
    p = Process(target=f, args=(num, arr))
    p.start()
    p.join()
    print(num.value)
    print(arr[:])
    assert arr[:] == [-i for i in range(10)]
