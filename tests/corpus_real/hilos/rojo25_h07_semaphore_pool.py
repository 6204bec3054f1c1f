# esperado: aprobado
# BoundedSemaphore limits "database connections" to 3 among 8 threads; peak concurrency tracked under a lock (correct)
import threading
import time
import logging

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")

MAX_CONNECTIONS = 3
pool_sema = threading.BoundedSemaphore(MAX_CONNECTIONS)
stats_lock = threading.Lock()
active = 0
peak = 0


def query(n):
    global active, peak
    with pool_sema:
        with stats_lock:
            active += 1
            peak = max(peak, active)
        logging.info("running query %d", n)
        time.sleep(0.02)
        with stats_lock:
            active -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=query, args=(i,), name=f"T{i}") for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"peak concurrent connections: {peak}")
    assert peak <= MAX_CONNECTIONS
    assert active == 0
