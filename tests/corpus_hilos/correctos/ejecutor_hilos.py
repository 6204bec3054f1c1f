from concurrent.futures import ThreadPoolExecutor
import threading

lock = threading.Lock()
total = 0

def sumar(x):
    global total
    with lock:
        total += x
    return x * 2

with ThreadPoolExecutor(max_workers=3) as ex:
    dobles = list(ex.map(sumar, range(10)))
assert dobles == [x * 2 for x in range(10)]
assert total == 45
futuros = []
ex2 = ThreadPoolExecutor(max_workers=2)
futuros = [ex2.submit(pow, 2, i) for i in range(5)]
assert [f.result() for f in futuros] == [1, 2, 4, 8, 16]
