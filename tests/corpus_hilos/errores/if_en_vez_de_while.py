# `if` instead of `while` around wait(): a consumer wakes up to an empty list.
import threading
cond = threading.Condition()
items = []
def consumidor():
    with cond:
        if not items:
            cond.wait()
        items.pop()
def productor():
    with cond:
        items.append(1)
        cond.notify_all()
cs = [threading.Thread(target=consumidor) for _ in range(2)]
p = threading.Thread(target=productor)
for c in cs: c.start()
p.start()
p.join()
with cond:
    items.append(2)
    cond.notify_all()
for c in cs: c.join()
