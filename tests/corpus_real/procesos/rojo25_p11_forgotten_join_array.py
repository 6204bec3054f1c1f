# esperado: incompleto
# requiere: procesos
# Parent starts workers that fill a shared Array but forgets p.join() before reading it; it can print the array before the children have written their slots
from multiprocessing import Process, Array
import time


def compute(arr, i):
    time.sleep(0.01)
    arr[i] = i * i


if __name__ == "__main__":
    arr = Array("i", 4)
    procs = [Process(target=compute, args=(arr, i)) for i in range(4)]
    for p in procs:
        p.start()
    # forgot to join
    print("squares:", list(arr))
    print("sum:", sum(arr))
