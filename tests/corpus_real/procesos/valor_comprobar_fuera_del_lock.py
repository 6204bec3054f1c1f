# esperado: carrera
# requiere: procesos
# Plazas limitadas en un Value: la comprobación `if plazas.value > 0` va FUERA
# del candado y solo la resta va dentro. Dos procesos ven 1 plaza, los dos
# restan y quedan -1 plazas.
from multiprocessing import Process, Value


def reservar(plazas, reservas):
    if plazas.value > 0:
        with plazas.get_lock():
            plazas.value -= 1
        with reservas.get_lock():
            reservas.value += 1


if __name__ == "__main__":
    plazas = Value("i", 1)
    reservas = Value("i", 0)
    ps = [Process(target=reservar, args=(plazas, reservas)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("plazas", plazas.value, "reservas", reservas.value)
    assert plazas.value >= 0 and reservas.value <= 1
