# esperado: aprobado
# requiere: procesos
# multiprocessing.Event: workers block until the parent finishes "loading config" and sets the event; results come back on a Queue (correct)
import multiprocessing as mp
import time


def worker(ready, q, i):
    ready.wait()
    q.put(f"worker {i} started after config loaded")


if __name__ == "__main__":
    ready = mp.Event()
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(ready, q, i)) for i in range(3)]
    for p in procs:
        p.start()
    time.sleep(0.05)   # load configuration
    print("config loaded, releasing workers")
    ready.set()
    msgs = [q.get(timeout=5) for _ in procs]
    for p in procs:
        p.join()
    for m in sorted(msgs):
        print(m)
    assert len(msgs) == 3
