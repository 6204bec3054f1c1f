# esperado: aprobado
# Un hilo daemon escribe en el registro lo que le llega por una cola
# (`while True: cola.get()`); el principal espera con cola.join() a que se
# haya escrito todo y termina. El daemon queda esperando más mensajes y muere.
import queue
import threading

cola = queue.Queue()
registro = []


def escritor():
    while True:
        mensaje = cola.get()
        registro.append(mensaje.upper())
        cola.task_done()


def trabajador(i):
    cola.put(f"tarea {i} hecha")


threading.Thread(target=escritor, daemon=True).start()
hilos = [threading.Thread(target=trabajador, args=(i,)) for i in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
cola.join()
print("Registro completo:", sorted(registro))
assert len(registro) == 3
