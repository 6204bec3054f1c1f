# esperado: aprobado
# Threads append results to a shared list without a lock (list.append is atomic under the GIL) and main joins before reading (correct)
import threading

results = []


def square_all(nums):
    for n in nums:
        results.append(n * n)


if __name__ == "__main__":
    threads = [threading.Thread(target=square_all, args=(range(i * 50, (i + 1) * 50),)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{len(results)} results")
    assert sorted(results) == [n * n for n in range(200)]
