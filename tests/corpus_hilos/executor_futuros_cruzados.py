# Two futures waiting on each other, as in the concurrent.futures docs (interbloqueo).
import time
from concurrent.futures import ThreadPoolExecutor


def espera_a_b():
    time.sleep(5)
    print(b.result())  # b will never complete because it is waiting on a.
    return 5


def espera_a_a():
    time.sleep(5)
    print(a.result())  # a will never complete because it is waiting on b.
    return 6


ejecutor = ThreadPoolExecutor(max_workers=2)
a = ejecutor.submit(espera_a_b)
b = ejecutor.submit(espera_a_a)
