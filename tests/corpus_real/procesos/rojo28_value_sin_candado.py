# esperado: carrera
# requiere: procesos
# contador.value += 1 no es atómico entre procesos (lee y escribe con dos tomas del candado): se pierden visitas
from multiprocessing import Process, Value


def visitar(contador, veces):
    for _ in range(veces):
        contador.value += 1


if __name__ == "__main__":
    contador = Value("i", 0)
    procs = [Process(target=visitar, args=(contador, 20000)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("visitas:", contador.value)
    assert contador.value == 80000, f"se perdieron {80000 - contador.value} visitas"
