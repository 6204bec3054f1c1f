# esperado: aprobado
# contextvars con hilos: cada hilo corre su función dentro de una copia del
# contexto de main (`copy_context().run`), así que ve el valor de main y lo que
# él pone no lo ve nadie más. Los resultados van a una queue.Queue.
import contextvars
import queue
import threading
import time

peticion = contextvars.ContextVar("peticion", default="-")
salida = queue.Queue()


def atender(n):
    heredado = peticion.get()
    peticion.set(f"pet-{n}")
    time.sleep(0.01)
    salida.put((n, heredado, peticion.get()))


peticion.set("main")
hilos = []
for n in range(4):
    ctx = contextvars.copy_context()
    h = threading.Thread(target=ctx.run, args=(atender, n))
    hilos.append(h)
    h.start()
for h in hilos:
    h.join()
vistos = sorted(salida.get() for _ in range(4))
print(vistos)
assert vistos == [(n, "main", f"pet-{n}") for n in range(4)]
assert peticion.get() == "main"
