# esperado: aprobado
# Correcto: el daemon avisa de que acabó soltando un Lock que main tenía tomado; main lo vuelve a tomar antes de leer
import threading

resultados = []
hecho = threading.Lock()
hecho.acquire()


def trabajar():
    for i in range(5):
        resultados.append(i * i)
    hecho.release()


t = threading.Thread(target=trabajar, daemon=True)
t.start()
hecho.acquire()
print("suma:", sum(resultados))
