# esperado: carrera
# requiere: procesos
# Word counting with a Manager().dict() shared by 3 processes: `counts[w] += 1` is a proxy get followed by a proxy set, so two processes can overwrite each other's increment
from multiprocessing import Manager, Process

TEXT = "the cat and the dog and the bird".split()


def count_words(counts, words):
    for w in words:
        counts[w] += 1


if __name__ == "__main__":
    with Manager() as manager:
        counts = manager.dict({w: 0 for w in set(TEXT)})
        procs = [Process(target=count_words, args=(counts, TEXT)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        result = dict(counts)
        print(result)
        assert result["the"] == 9, f"expected 9 'the', got {result['the']}"
