# esperado: aprobado
# 50 hilos que añaden a una lista compartida: list.append es atómico con el GIL.
import threading

resultados = []


def tarea(i):
    resultados.append(i * i)


hilos = [threading.Thread(target=tarea, args=(i,)) for i in range(50)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(len(resultados), "resultados")
assert sorted(resultados) == [i * i for i in range(50)]
