# esperado: aprobado
# requiere: procesos
# Dos transferencias toman los candados en orden inverso, pero cada una arranca
# cuando la anterior terminó (start(); join() en el bucle): nunca coinciden.
import multiprocessing as mp


def transferir(origen, destino, lock_origen, lock_destino, cantidad):
    with lock_origen:
        with lock_destino:
            origen.value -= cantidad
            destino.value += cantidad


if __name__ == "__main__":
    a = mp.Value("i", 100, lock=False)
    b = mp.Value("i", 100, lock=False)
    la, lb = mp.Lock(), mp.Lock()
    ordenes = [(a, b, la, lb, 30), (b, a, lb, la, 10)]
    for args in ordenes:
        p = mp.Process(target=transferir, args=args)
        p.start()
        p.join()
    assert a.value + b.value == 200
    assert (a.value, b.value) == (80, 120), (a.value, b.value)
    print(a.value, b.value)
