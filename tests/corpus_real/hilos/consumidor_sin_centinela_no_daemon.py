# esperado: interbloqueo
# El consumidor hace `while True: q.get()` sin centinela ni daemon=True. Main
# termina su módulo, pero el intérprete espera a los hilos no daemon al salir
# y el consumidor espera un elemento que nunca llega: nadie puede avanzar.
import queue
import threading

q = queue.Queue()


def consumidor():
    while True:
        x = q.get()
        print("procesado", x)


threading.Thread(target=consumidor).start()
for i in range(3):
    q.put(i)
print("main terminó de producir")
