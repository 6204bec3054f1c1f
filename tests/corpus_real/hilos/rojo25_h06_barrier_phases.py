# esperado: aprobado
# threading.Barrier to run a 3-phase simulation in lockstep; each worker writes its own slot, results read after barrier (correct)
import threading
import time

N_WORKERS = 3
N_PHASES = 3
barrier = threading.Barrier(N_WORKERS)
grid = [0] * N_WORKERS
history = []
history_lock = threading.Lock()


def worker(idx):
    for phase in range(N_PHASES):
        time.sleep(0.005 * (idx + 1))     # simulate uneven work
        grid[idx] += 1
        barrier.wait()
        # after the barrier every worker has finished this phase
        snapshot = list(grid)
        assert all(v >= phase + 1 for v in snapshot), snapshot
        with history_lock:
            history.append((phase, idx))
        barrier.wait()


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(N_WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("grid:", grid)
    print("history entries:", len(history))
    assert grid == [N_PHASES] * N_WORKERS
