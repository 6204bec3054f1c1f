# esperado: incompleto
# El principal sondea con el candado, pero sale en cuanto van cinco: lee resultados a medio hacer.
import threading

terminados = 0
lock = threading.Lock()
resultados = {}


def tarea(i):
    global terminados
    r = 0
    for k in range(i * 500):
        r += k
    with lock:
        resultados[i] = r
        terminados += 1


for i in range(10):
    threading.Thread(target=tarea, args=(i,)).start()

while True:
    with lock:
        if terminados >= 5:
            break
print(sum(resultados.values()))

