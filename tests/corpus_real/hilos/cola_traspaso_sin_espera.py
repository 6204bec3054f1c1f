# esperado: aprobado
# El productor prepara el dato y lo anuncia por una queue.Queue; el consumidor
# lo retoca con un candado. Aunque get() encuentre el aviso ya puesto (sin
# esperar), put() sucede antes que el get() que lo saca: no hay carrera.
import queue
import threading

avisos = queue.Queue()
candado = threading.Lock()
datos = {"x": 0}


def productor():
    datos["x"] = 41
    avisos.put("listo")


def consumidor():
    avisos.get()
    with candado:
        datos["x"] += 1


hilos = [threading.Thread(target=productor), threading.Thread(target=consumidor)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert datos["x"] == 42, datos
print(datos)
