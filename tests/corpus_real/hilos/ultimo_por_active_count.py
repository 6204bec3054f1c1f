# esperado: interbloqueo
# Cada trabajador, al acabar, mira si es el último vivo (`threading.active_count() == 2`:
# main y él) y entonces avisa a main con un Event. Pero un hilo sigue en
# `threading.enumerate()` un poco después de su última línea: si dos acaban casi a
# la vez, cada uno ve al otro todavía vivo, nadie avisa y main espera para siempre.
import threading
import time


def trabajar(n, fin):
    time.sleep(1)
    print(f"trabajo {n} hecho")
    if threading.active_count() == 2:
        fin.set()


fin = threading.Event()
for n in range(3):
    threading.Thread(target=trabajar, args=(n, fin)).start()
fin.wait()
print("todos terminaron")
