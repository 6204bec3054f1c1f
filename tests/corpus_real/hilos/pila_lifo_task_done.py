# esperado: aprobado
# queue.LifoQueue como pila de trabajos con dos trabajadores daemon: cada get()
# va seguido de task_done() y el principal espera con pila.join() a que se
# hayan procesado todos antes de leer. El orden LIFO no importa aquí: solo se
# comprueba el conjunto. Los daemon siguen bloqueados en get() al salir, lo
# cual es correcto (servicio), y los resultados se guardan con candado.
import queue
import threading

pila = queue.LifoQueue()
hechos = set()
candado = threading.Lock()


def trabajador():
    while True:
        x = pila.get()
        with candado:
            hechos.add(x * x)
        pila.task_done()


for _ in range(2):
    threading.Thread(target=trabajador, daemon=True).start()
for i in range(8):
    pila.put(i)
pila.join()
with candado:
    print(sorted(hechos))
    assert hechos == {i * i for i in range(8)}
