# esperado: aprobado
# SO trick: next(itertools.count()) as a thread-safe id generator (one C call, atomic under the GIL); ids stored in a dict with distinct keys (correct)
import itertools
import threading

_ids = itertools.count(1)
assigned = {}


def register(name):
    for k in range(50):
        uid = next(_ids)
        assigned[uid] = f"{name}-{k}"


if __name__ == "__main__":
    ts = [threading.Thread(target=register, args=(f"t{i}",)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(f"{len(assigned)} unique ids, max {max(assigned)}")
    assert len(assigned) == 200 and max(assigned) == 200
