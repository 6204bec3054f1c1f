# esperado: incompleto
# Un hilo daemon «registrador» pasa mensajes de una cola a la lista `registro`.
# El principal encola 10 mensajes y anuncia al final cuántos hay en el
# registro sin esperar a que el daemon los saque (ni cola.join() ni
# centinela): lo normal es que imprima menos de 10, y el daemon muere a medias.
import queue
import threading

cola = queue.Queue()
registro = []


def registrador():
    while True:
        mensaje = cola.get()
        registro.append(mensaje.upper())
        cola.task_done()


threading.Thread(target=registrador, daemon=True).start()
for i in range(10):
    cola.put(f"evento {i}")
print("registro completo:", len(registro), "mensajes")
