# esperado: aprobado
# El mismo registrador daemon en `while True:`, pero el principal espera con
# `cola.join()` a que saque y apunte cada mensaje (task_done) antes de leer el
# registro: siempre imprime 10. Matar después al daemon, parado en `get()`,
# no pierde nada.
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
cola.join()
print("registro completo:", len(registro), "mensajes")
