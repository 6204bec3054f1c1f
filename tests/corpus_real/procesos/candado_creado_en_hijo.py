# esperado: carrera
# requiere: procesos
# Cada proceso crea su propio Lock dentro de la función: dos candados
# distintos no excluyen nada. `saldo.value += 10` desde dos procesos pierde un
# ingreso si uno escribe entre la lectura y la escritura del otro.
from multiprocessing import Lock, Process, Value


def ingresar(saldo):
    candado = Lock()
    for _ in range(5):
        with candado:
            saldo.value += 10


if __name__ == "__main__":
    saldo = Value("i", 0, lock=False)
    ps = [Process(target=ingresar, args=(saldo,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(saldo.value)
    assert saldo.value == 100, saldo.value
