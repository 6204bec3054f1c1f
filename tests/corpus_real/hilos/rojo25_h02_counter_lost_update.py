# esperado: carrera
# Classic "why is my counter wrong": 4 threads do `counter += 1` with no lock; lost update when a thread is preempted between the load and the store of counter
import threading

counter = 0
N = 1000


def increment():
    global counter
    for _ in range(N):
        counter += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=increment) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"Final counter: {counter} (expected {4 * N})")
    assert counter == 4 * N, f"lost updates! counter={counter}"
