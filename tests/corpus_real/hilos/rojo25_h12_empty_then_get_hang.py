# esperado: interbloqueo
# Two workers drain a queue with `while not q.empty(): q.get()`; with one item left both see non-empty, one takes it and the other blocks in get() forever, so join() never returns
import threading
import queue
import time

jobs = queue.Queue()
for i in range(5):
    jobs.put(i)

done = []


def worker(name):
    while not jobs.empty():
        job = jobs.get()      # blocks forever if another worker took the last job
        time.sleep(0.005)
        done.append(job)
        print(f"{name} did job {job}")


if __name__ == "__main__":
    ws = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print("all jobs:", sorted(done))
