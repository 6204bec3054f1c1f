# esperado: aprobado
# El principal sondea con el candado, sin sleep, hasta que todos se han contado:
# no hace join, pero cuando sale del bucle todos han terminado su trabajo.
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
        if terminados == 10:
            break
print(sum(resultados.values()))
assert resultados == {i: sum(range(i * 500)) for i in range(10)}
