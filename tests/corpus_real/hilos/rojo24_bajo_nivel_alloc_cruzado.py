# esperado: interbloqueo
# A medias: dos candados de _thread tomados en orden inverso
import threading, _thread

a = _thread.allocate_lock()
b = _thread.allocate_lock()
n = [0]

def uno():
    with a:
        with b:
            n[0] += 1

def dos():
    with b:
        with a:
            n[0] += 1

h1 = threading.Thread(target=uno); h2 = threading.Thread(target=dos)
h1.start(); h2.start(); h1.join(); h2.join()
print(n)
