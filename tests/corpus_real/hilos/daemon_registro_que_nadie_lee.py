# esperado: aprobado
# Un daemon va apuntando en una lista global lo que le llega por una cola; el principal imprime su propio total, nunca esa lista. Que el daemon muera al salir no cambia nada de lo que el programa usa.
import queue
import threading

avisos = queue.Queue()
apuntados = []


def registrar():
    while True:
        apuntados.append(avisos.get())


threading.Thread(target=registrar, daemon=True).start()
total = 0
for i in range(5):
    total += i
    avisos.put(f"sumado {i}")
print("Total:", total)
