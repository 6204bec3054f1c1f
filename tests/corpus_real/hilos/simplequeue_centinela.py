# esperado: aprobado
# queue.SimpleQueue (sin task_done ni join, 3.7+) con un centinela por
# consumidor; los resultados se guardan en otra SimpleQueue y main los cuenta
# después de join().
import queue
import threading

entrada = queue.SimpleQueue()
salida = queue.SimpleQueue()
FIN = object()


def consumidor():
    while (x := entrada.get()) is not FIN:
        salida.put(x + 1)


hilos = [threading.Thread(target=consumidor) for _ in range(2)]
for h in hilos:
    h.start()
for i in range(6):
    entrada.put(i)
for _ in hilos:
    entrada.put(FIN)
for h in hilos:
    h.join()
valores = sorted(salida.get() for _ in range(salida.qsize()))
assert valores == list(range(1, 7)), valores
print(valores)
