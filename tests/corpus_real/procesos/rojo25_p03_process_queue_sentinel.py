# esperado: aprobado
# requiere: procesos
# Producer/consumer with multiprocessing.Queue; one None sentinel per consumer, results sent back on a second queue and drained before join (correct)
import multiprocessing as mp


def consumer(task_q, result_q):
    name = mp.current_process().name
    while True:
        item = task_q.get()
        if item is None:
            break
        result_q.put((name, item, item ** 2))


if __name__ == "__main__":
    task_q = mp.Queue()
    result_q = mp.Queue()
    workers = [mp.Process(target=consumer, args=(task_q, result_q), name=f"consumer-{i}") for i in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        task_q.put(i)
    for _ in workers:
        task_q.put(None)

    results = [result_q.get() for _ in range(10)]
    for w in workers:
        w.join()
    for name, x, y in sorted(results, key=lambda r: r[1]):
        print(f"{name}: {x}^2 = {y}")
    assert sorted(r[2] for r in results) == [i ** 2 for i in range(10)]
