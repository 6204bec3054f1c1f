# Lost wakeup: the notify can happen before the wait, which then waits forever.
import threading

cond = threading.Condition()
listo = False

def esperar():
    with cond:
        cond.wait()          # no predicate loop: misses an early notify
    assert listo

def avisar():
    global listo
    with cond:
        listo = True
        cond.notify()

a = threading.Thread(target=esperar)
b = threading.Thread(target=avisar)
a.start()
b.start()
a.join()
b.join()
