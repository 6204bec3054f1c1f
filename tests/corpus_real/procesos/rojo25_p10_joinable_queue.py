# esperado: aprobado
# requiere: procesos
# multiprocessing.JoinableQueue with daemon consumer processes calling task_done(); parent waits with q.join() then reads results (correct)
import multiprocessing as mp


def consumer(q, results):
    while True:
        item = q.get()
        try:
            results.put(item * 10)
        finally:
            q.task_done()


if __name__ == "__main__":
    q = mp.JoinableQueue()
    results = mp.Queue()
    for _ in range(2):
        p = mp.Process(target=consumer, args=(q, results), daemon=True)
        p.start()
    for i in range(8):
        q.put(i)
    q.join()
    print("all tasks done")
    out = sorted(results.get(timeout=5) for _ in range(8))
    print(out)
    assert out == [i * 10 for i in range(8)]
