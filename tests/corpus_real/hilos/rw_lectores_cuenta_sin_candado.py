# esperado: carrera
# Lectores-escritores «a mano»: los lectores suben y bajan `lectores` sin
# candado (solo el escritor usa el Lock). Si dos lectores hacen `lectores += 1`
# intercalados, uno se pierde; además el escritor lee `lectores` sin relación
# de orden con esas escrituras. Cualquier intercalado de los `+= 1` lo muestra.
import threading
import time

escritura = threading.Lock()
lectores = 0
datos = {"version": 0}


def lector():
    global lectores
    for _ in range(3):
        lectores += 1
        _ = datos["version"]
        lectores -= 1


def escritor():
    for _ in range(3):
        with escritura:
            while lectores > 0:
                time.sleep(0.001)
            datos["version"] += 1


hilos = [threading.Thread(target=lector) for _ in range(3)]
hilos.append(threading.Thread(target=escritor))
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print("version", datos["version"], "lectores", lectores)
