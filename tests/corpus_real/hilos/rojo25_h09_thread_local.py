# esperado: aprobado
# threading.local: each thread gets its own "connection" object and request counter (PyMOTW style; correct)
import threading
import random
import time

local_data = threading.local()
results = {}
results_lock = threading.Lock()


def get_connection():
    if not hasattr(local_data, "conn"):
        local_data.conn = f"conn-{threading.current_thread().name}"
        local_data.count = 0
    return local_data.conn


def handle_requests(n):
    for _ in range(n):
        conn = get_connection()
        local_data.count += 1
        time.sleep(random.random() / 200)
    assert conn == f"conn-{threading.current_thread().name}"
    with results_lock:
        results[threading.current_thread().name] = local_data.count


if __name__ == "__main__":
    threads = [threading.Thread(target=handle_requests, args=(i + 2,), name=f"worker{i}") for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(results)
    assert results == {f"worker{i}": i + 2 for i in range(4)}
