# esperado: aprobado
# xfail: hilos: sin veredicto en 120 s con la semilla 0 (programa correcto de 0,05 s con python3): cada planificación cuesta unos 0,4 s (340–750 pasos; con --planificaciones 1 y 10 sale aprobado en 0,46 s y 4,1 s) y las 1000 por defecto no caben; el hilo del QueueListener y el módulo logging hacen caro cada paso
# La receta del «logging cookbook»: los hilos registran en un QueueHandler y un
# único QueueListener (con su propio hilo) escribe los mensajes. stop() mete
# el centinela y espera al hilo del listener antes de contar lo escrito.
import logging
import logging.handlers
import queue
import threading


class Recolector(logging.Handler):
    def __init__(self):
        super().__init__()
        self.mensajes = []

    def emit(self, registro):
        self.mensajes.append(registro.getMessage())


cola = queue.Queue()
destino = Recolector()
oyente = logging.handlers.QueueListener(cola, destino)
registro = logging.getLogger("trabajo")
registro.propagate = False
registro.addHandler(logging.handlers.QueueHandler(cola))
registro.setLevel(logging.INFO)


def trabajador(n):
    for i in range(3):
        registro.info("hilo %d paso %d", n, i)


oyente.start()
hilos = [threading.Thread(target=trabajador, args=(n,)) for n in range(3)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
oyente.stop()
assert len(destino.mensajes) == 9, destino.mensajes
print(len(destino.mensajes), "mensajes")
