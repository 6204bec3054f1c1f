# esperado: aprobado
# Correcto: el escritor daemon marca cada mensaje con task_done() y main espera con
# cola.join() a que la cola se vacíe antes de anunciar: al salir, el daemon solo
# espera otro mensaje (no queda trabajo a medias).
import queue
import threading
import time

cola = queue.Queue()
escritos = []


def escritor():
    while True:
        msg = cola.get()
        time.sleep(0.005)  # escribir en disco
        escritos.append(msg)
        cola.task_done()


threading.Thread(target=escritor, daemon=True).start()
for i in range(5):
    cola.put(f"evento {i}")
cola.join()
print("Registro guardado:", len(escritos), "eventos")
assert len(escritos) == 5
