# esperado: aprobado
# requiere: procesos
# multiprocessing.Semaphore(2) limita a dos los procesos dentro de la sección;
# el número de activos y el pico se llevan en Values protegidos por el mismo
# candado del Value `activos`. El pico nunca pasa de 2.
import time
from multiprocessing import Process, Semaphore, Value


def trabajar(sem, activos, pico):
    with sem:
        with activos.get_lock():
            activos.value += 1
            pico.value = max(pico.value, activos.value)
        time.sleep(0.05)
        with activos.get_lock():
            activos.value -= 1


if __name__ == "__main__":
    sem = Semaphore(2)
    activos = Value("i", 0)
    pico = Value("i", 0, lock=False)
    ps = [Process(target=trabajar, args=(sem, activos, pico)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("pico:", pico.value)
    assert 1 <= pico.value <= 2 and activos.value == 0
