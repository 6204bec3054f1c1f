# esperado: aprobado
# (variant without re-reading the threads list) Daemon worker threads kept in a list, work handed out via queue.Queue, main waits with q.join() (common tutorial pattern; correct)
import queue
import threading
import time

q = queue.Queue()
results = []


def worker():
    while True:
        n = q.get()
        time.sleep(0.005)
        results.append(n * n)
        q.task_done()


if __name__ == "__main__":
    threads = []
    for i in range(3):
        t = threading.Thread(target=worker, daemon=True)
        t.start()
        threads.append(t)
    for n in range(10):
        q.put(n)
    q.join()
    print(f"workers computed {sorted(results)}")
    assert sorted(results) == [n * n for n in range(10)]
