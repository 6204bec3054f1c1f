# esperado: aprobado
# Correcto: patrón de la documentación de queue: trabajador daemon + q.join(); main lee tras q.join()
import threading, queue

resultados = {}
q = queue.Queue()

def trabajador():
    while True:
        item = q.get()
        resultados[item] = item * item
        q.task_done()

threading.Thread(target=trabajador, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print(sorted(resultados.items()))
assert resultados == {0: 0, 1: 1, 2: 4}
