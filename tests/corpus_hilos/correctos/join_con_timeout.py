import threading
import time

def lento():
    time.sleep(10)

t = threading.Thread(target=lento)
t.start()
t.join(timeout=1)
assert t.is_alive()
t.join()
assert not t.is_alive()
