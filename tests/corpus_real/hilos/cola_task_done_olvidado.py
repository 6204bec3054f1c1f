# esperado: interbloqueo
# Trabajadores daemon con q.join(): cuando un elemento falla, el `except`
# registra el error y hace `continue` sin task_done(). q.join() espera para
# siempre a ese elemento y los trabajadores esperan en get(): el programa se
# queda colgado en todas las ejecuciones (el elemento "x" siempre falla).
import queue
import threading

q = queue.Queue()
errores = []
hechos = []


def trabajador():
    while True:
        item = q.get()
        try:
            hechos.append(int(item) * 2)
        except ValueError:
            errores.append(item)
            continue
        q.task_done()


for _ in range(2):
    threading.Thread(target=trabajador, daemon=True).start()
for item in ["1", "2", "x", "4"]:
    q.put(item)
q.join()
print(sorted(hechos), errores)
