# esperado: carrera
# Igual que un traspaso por cola, pero el productor escribe DESPUÉS de put():
# el consumidor puede estar ya sumando con el candado mientras el productor
# escribe sin él (por ejemplo, si el consumidor corre justo tras el put()).
import queue
import threading

avisos = queue.Queue()
candado = threading.Lock()
datos = {"x": 0}


def productor():
    avisos.put("listo")
    datos["x"] = 41


def consumidor():
    avisos.get()
    with candado:
        datos["x"] += 1


hilos = [threading.Thread(target=productor), threading.Thread(target=consumidor)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(datos)
