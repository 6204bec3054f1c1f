# esperado: carrera
# requiere: procesos
# cada proceso crea su propio Lock dentro de la función: no excluye a los demás y el saldo pierde ingresos
from multiprocessing import Lock, Process, Value


def ingresar(saldo, veces):
    candado = Lock()                  # ¡uno nuevo en cada proceso!
    for _ in range(veces):
        with candado:
            saldo.value += 1


if __name__ == "__main__":
    saldo = Value("i", 0, lock=False)
    procs = [Process(target=ingresar, args=(saldo, 20000)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("saldo:", saldo.value)
    assert saldo.value == 60000
