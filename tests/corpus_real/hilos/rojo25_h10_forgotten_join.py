# esperado: incompleto
# Workers append partial sums to a list but main forgets to join() and sums the list right away; if main runs before the workers finish, the total is missing parts
import threading
import time

results = []


def partial_sum(chunk):
    s = 0
    for x in chunk:
        s += x
    time.sleep(0.01)  # pretend this is slow
    results.append(s)


if __name__ == "__main__":
    data = list(range(100))
    chunks = [data[i:i + 25] for i in range(0, 100, 25)]
    threads = []
    for c in chunks:
        t = threading.Thread(target=partial_sum, args=(c,))
        t.start()
        threads.append(t)
    # forgot: for t in threads: t.join()
    total = sum(results)
    print(f"total = {total} (expected {sum(data)})")
