# esperado: aprobado
# El «temporizador periódico» de Stack Overflow: cada Timer arma el siguiente
# desde su propia función. Correcto: cada Timer lo arranca el anterior (start
# sucede-antes que su función), así que `tics` nunca lo tocan dos hilos a la
# vez, y main solo lo lee después de `hecho.wait()`.
import threading

tics = 0
hecho = threading.Event()


def tic():
    global tics
    tics += 1
    print("tic", tics)
    if tics < 5:
        threading.Timer(0.01, tic).start()
    else:
        hecho.set()


threading.Timer(0.01, tic).start()
hecho.wait()
print("tics:", tics)
assert tics == 5
