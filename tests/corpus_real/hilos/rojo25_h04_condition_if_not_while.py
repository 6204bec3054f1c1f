# esperado: excepcion
# Producer/consumer with Condition but consumers use `if` instead of `while`: producer adds 1 item and notify_all(); both waiting consumers wake, the second pops from an empty list -> IndexError
import threading
import time

items = []
cv = threading.Condition()
consumed = []


def consumer(name):
    with cv:
        if not items:          # BUG: should be `while not items:`
            cv.wait()
        item = items.pop(0)
        consumed.append(item)
        print(f"{name} consumed {item}")


def producer():
    for i in range(2):
        time.sleep(0.05)
        with cv:
            items.append(i)
            print(f"produced {i}")
            cv.notify_all()


if __name__ == "__main__":
    consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
    for c in consumers:
        c.start()
    p = threading.Thread(target=producer)
    p.start()
    p.join()
    for c in consumers:
        c.join()
    print("consumed:", consumed)
