# A busy-wait on a flag nobody will ever set.
import threading
parar = False
def girar():
    while not parar:
        pass
h = threading.Thread(target=girar)
h.start()
h.join()
