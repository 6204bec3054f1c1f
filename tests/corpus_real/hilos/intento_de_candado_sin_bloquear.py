# esperado: aprobado
# Try-lock: `acquire(blocking=False)`; si el recurso está ocupado, el hilo no
# espera y se apunta el intento fallido (bajo otro candado). Todo lo compartido
# va bajo algún candado y cada intento cuenta una vez.
import threading

recurso = threading.Lock()
registro = threading.Lock()
usos = 0
ocupado = 0


def intentar():
    global usos, ocupado
    for _ in range(5):
        if recurso.acquire(blocking=False):
            try:
                usos += 1
            finally:
                recurso.release()
        else:
            with registro:
                ocupado += 1


hilos = [threading.Thread(target=intentar) for _ in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("usos:", usos, "ocupado:", ocupado)
assert usos + ocupado == 15
