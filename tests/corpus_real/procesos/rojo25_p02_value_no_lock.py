# esperado: carrera
# requiere: procesos
# multiprocessing.Value shared by 4 processes doing `counter.value += 1` without get_lock(): the read and the write are separate lock acquisitions, so two processes can read the same value
from multiprocessing import Process, Value


def add_many(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    procs = [Process(target=add_many, args=(counter, 500)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"counter = {counter.value} (expected 2000)")
    assert counter.value == 2000
