# esperado: aprobado
# requiere: procesos
# Value("i", 0, lock=False) (sin candado propio) protegido por un
# multiprocessing.Lock aparte que reciben todos los procesos. Todos los accesos
# al dato están bajo ese mismo candado: correcto.
from multiprocessing import Lock, Process, Value


def sumar(total, candado):
    for _ in range(5):
        with candado:
            total.value += 1


if __name__ == "__main__":
    total = Value("i", 0, lock=False)
    candado = Lock()
    ps = [Process(target=sumar, args=(total, candado)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(total.value)
    assert total.value == 15
