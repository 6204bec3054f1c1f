# esperado: aprobado
# lento
# (caro: cada planificación pasa por el módulo logging entero, ~0,1 s de CPU; las ~250 planificaciones del plan por defecto son ~30 s de CPU con la máquina libre y no caben en el límite de la prueba con la máquina cargada)
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
