# esperado: excepcion
# requiere: procesos
# El trabajador guarda su resultado en un Value, pero revienta con un dato inválido; el principal hace join() y da el total por bueno sin mirar cómo terminó cada hijo: el trabajo de ese hijo se perdió en silencio.
import multiprocessing as mp


def sumar(dato, total):
    if dato < 0:
        raise ValueError(f"dato inválido: {dato}")
    with total.get_lock():
        total.value += dato


if __name__ == "__main__":
    total = mp.Value("i", 0)
    procesos = [mp.Process(target=sumar, args=(d, total)) for d in (3, -1, 5)]
    for p in procesos:
        p.start()
    for p in procesos:
        p.join()
    print("total:", total.value)
