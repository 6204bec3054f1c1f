# esperado: excepcion
# «Reutilizar» el mismo objeto Thread para repetir el trabajo: la segunda
# llamada a start() lanza RuntimeError («threads can only be started once»),
# en todas las ejecuciones, aunque el primer hilo ya haya terminado.
import threading

hechos = []


def tarea():
    hechos.append(len(hechos))


t = threading.Thread(target=tarea)
for ronda in range(3):
    t.start()
    t.join()
print(hechos)
