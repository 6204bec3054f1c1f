# esperado: aprobado
# requiere: procesos
# RawValue sin candado pero escrito por turnos: el segundo hijo no empieza a sumar hasta que el primero pone el Event
from multiprocessing import Event, Process, RawValue


def primero(contador, hecho):
    for _ in range(1000):
        contador.value += 1
    hecho.set()                    # cedo el turno


def segundo(contador, hecho):
    hecho.wait()                   # espero a que el primero haya terminado
    for _ in range(1000):
        contador.value += 1


if __name__ == "__main__":
    contador = RawValue("i", 0)
    hecho = Event()
    procs = [Process(target=segundo, args=(contador, hecho)),
             Process(target=primero, args=(contador, hecho))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("contador:", contador.value)
    assert contador.value == 2000
