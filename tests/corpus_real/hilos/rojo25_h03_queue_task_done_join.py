# esperado: aprobado
# queue.Queue with daemon worker threads, task_done() and q.join() (the pattern from the queue module docs)
import threading
import queue
import time

q = queue.Queue()
processed = []


def worker(name):
    while True:
        item = q.get()
        print(f"{name} working on {item}")
        time.sleep(0.01)
        processed.append(item)
        print(f"{name} finished {item}")
        q.task_done()


if __name__ == "__main__":
    for i in range(3):
        threading.Thread(target=worker, args=(f"worker-{i}",), daemon=True).start()

    for item in range(10):
        q.put(item)

    # block until all tasks are done
    q.join()
    print("All work completed")
    assert sorted(processed) == list(range(10))
