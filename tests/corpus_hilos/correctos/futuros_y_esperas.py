import concurrent.futures as cf
import threading
import time

def lento(n):
    time.sleep(n / 10)
    return n * n

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futuros = {ex.submit(lento, n): n for n in range(5)}
    vistos = {}
    for f in cf.as_completed(futuros):
        vistos[futuros[f]] = f.result()
    hechos, pendientes = cf.wait([ex.submit(lento, 1)], timeout=5)
assert vistos == {n: n * n for n in range(5)}
assert len(hechos) == 1 and not pendientes
