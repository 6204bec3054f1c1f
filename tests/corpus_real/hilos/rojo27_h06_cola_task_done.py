# esperado: aprobado
# Patrón de la documentación de queue: trabajadores daemon con task_done; q.join() espera a que todos los elementos se procesen antes de leer resultados (protegidos por un Lock).
import threading
import queue

q = queue.Queue()
resultados = {}
lock = threading.Lock()

def trabajador():
    while True:
        item = q.get()
        valor = item * 2
        with lock:
            resultados[item] = valor
        q.task_done()

for _ in range(3):
    threading.Thread(target=trabajador, daemon=True).start()

for item in range(20):
    q.put(item)

q.join()
assert resultados == {i: i * 2 for i in range(20)}
print("Todo el trabajo completado:", sum(resultados.values()))
