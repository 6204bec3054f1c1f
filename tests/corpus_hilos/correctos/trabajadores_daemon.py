import queue
import threading

tareas = queue.Queue()
hechas = []
lock = threading.Lock()

def trabajador():
    while True:
        x = tareas.get()
        with lock:
            hechas.append(x)
        tareas.task_done()

for _ in range(2):
    threading.Thread(target=trabajador, daemon=True).start()
for i in range(5):
    tareas.put(i)
tareas.join()
with lock:
    assert sorted(hechas) == [0, 1, 2, 3, 4]
